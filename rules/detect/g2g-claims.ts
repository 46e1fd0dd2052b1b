// Does the ad say it recruits under a government-to-government agreement or a state channel, and
// for which countries? (RULES.md interpretation notes, "Agreements".)

import type { AdContext } from '../context';
import { agreementStatus, type AgreementStatus } from '../data/index';
import { hitsOf, negatedBefore, sentenceOfHit } from '../query';
import type { Hit } from '../text/matcher';
import type { Places } from './places';

export interface G2GClaims {
  /** The ad states a G2G agreement or state channel. */
  claimed: boolean;
  evidence: Hit[];
  /** Targeted countries the claim covers, with what the data says about the agreement. */
  covered: Map<string, AgreementStatus>;
}

const CONDITIONAL = /\b(?:unless|except|only from countries|where there is|if there is|sauf|a menos|salvo|au(?:ss|ß)er|es sei denn)\b/;

export function findG2GClaims(ctx: AdContext, places: Places): G2GClaims {
  const evidence = hitsOf(ctx, 'g2g:g2g').filter((hit) => {
    if (negatedBefore(ctx, hit, 3)) return false;
    const sentence = sentenceOfHit(ctx, hit);
    const before = ctx.folded.slice(sentence.start, hit.start);
    return !CONDITIONAL.test(before);
  });
  const covered = new Map<string, AgreementStatus>();
  if (!evidence.length) return { claimed: false, evidence, covered };

  // Countries named in the claim's sentences, else every target.
  const claimSentences = new Set(evidence.map((h) => sentenceOfHit(ctx, h).index));
  const named = places.targets.filter((iso) =>
    places.mentions.some((m) => m.iso === iso && claimSentences.has(sentenceOfHit(ctx, m.hit).index)),
  );
  for (const iso of named.length ? named : places.targets) covered.set(iso, agreementStatus(places.destination, iso));
  return { claimed: true, evidence, covered };
}
