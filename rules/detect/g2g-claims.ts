// Does the ad say it recruits under a government-to-government agreement or a state channel, and
// for which countries? (RULES.md interpretation notes, "Agreements".)

import type { AdContext } from '../context';
import { agreementStatus, type AgreementStatus } from '../data/index';
import { hitsInSentence, hitsOf, negatedBefore, precededBy, sentenceOfHit } from '../query';
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
const PAIR_JOIN = /^\s*(?:[-–—/]|and|et|e|y|und|&)\s*$/;

/** "the UK–Kenya bilateral … agreement", "l'accord France–Tunisie": two countries joined, then an agreement word. */
function countryPairAgreements(ctx: AdContext): Hit[] {
  const found: Hit[] = [];
  const mentions = ctx.countryMentions.filter((m) => m.kind === 'name');
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.iso === b.iso || !PAIR_JOIN.test(ctx.folded.slice(a.hit.end, b.hit.start))) continue;
    const sentence = sentenceOfHit(ctx, b.hit);
    const word = hitsInSentence(ctx, 'g2g:agreement-word', sentence)
      .find((w) => (w.first >= b.hit.last && w.first - b.hit.last <= 5) || (w.last <= a.hit.first && a.hit.first - w.last <= 3));
    if (word) found.push({ concept: 'g2g:pair', first: a.hit.first, last: Math.max(b.hit.last, word.last), start: Math.min(a.hit.start, word.start), end: Math.max(b.hit.end, word.end) });
  }
  return found;
}

function isClaim(ctx: AdContext, hit: Hit): boolean {
  if (negatedBefore(ctx, hit, 3) || precededBy(ctx, 'g2g:g2g-not', hit, 4)) return false;
  const sentence = sentenceOfHit(ctx, hit);
  return !CONDITIONAL.test(ctx.folded.slice(sentence.start, hit.start));
}

export function findG2GClaims(ctx: AdContext, places: Places): G2GClaims {
  const strong = hitsOf(ctx, 'g2g:g2g').filter((h) => isClaim(ctx, h));
  // "Government of Cuba", "organismo público": a state channel only where an agreement is named too.
  const weak = hitsOf(ctx, 'g2g:g2g-weak').filter((h) => isClaim(ctx, h) && hitsInSentence(ctx, 'g2g:agreement-word', sentenceOfHit(ctx, h)).length > 0);
  const evidence = [...strong, ...weak, ...countryPairAgreements(ctx).filter((h) => isClaim(ctx, h))].sort((a, b) => a.start - b.start);
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
