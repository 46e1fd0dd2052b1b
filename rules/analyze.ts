// analyze(ad): the one function everything stands on. Pure: no DOM, no browser API, no clock, no
// network. A rule that throws is contained and named in `errors`; the others still run.

import { resolveBasis } from './basis';
import { buildContext } from './context';
import { RULES_VERSION } from './data/index';
import { findG2GClaims } from './detect/g2g-claims';
import { isHealthPost } from './detect/health';
import { findPlaces } from './detect/places';
import type { RuleInput } from './rule';
import { RULES } from './rules/index';
import { mergeSpans } from './rules/evidence';
import type { Analysis, Finding, JobAd } from './schema';
import { verdictOf } from './verdict';

const keyOf = (rule: string) => `rule_${rule.replace(/-/g, '_')}`;

export function analyze(ad: JobAd): Analysis {
  try {
    return analyzeAd(ad);
  } catch (error) {
    // Never reached by any input we know of; if it is, say so rather than break the page.
    return {
      health: false, destination: null, international: false, targets: [], verdict: 'not-enough-data',
      findings: [], text: typeof ad?.description === 'string' ? ad.description : '', rulesVersion: RULES_VERSION,
      errors: [`analyze: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

function analyzeAd(ad: JobAd): Analysis {
  const ctx = buildContext(ad);
  const health = isHealthPost(ctx);
  const places = findPlaces(ctx);
  const input: RuleInput = { ...ctx, places, health, g2g: findG2GClaims(ctx, places) };
  const findings: Finding[] = [];
  const errors: string[] = [];
  if (health) {
    for (const rule of RULES) {
      try {
        const found = rule.detect(input);
        if (!found) continue;
        const key = keyOf(rule.id) + (found.variant ? `_${found.variant}` : '');
        findings.push({
          rule: rule.id,
          severity: found.severity ?? rule.severity,
          evidence: mergeSpans(found.evidence).map((s) => ({ text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end })),
          basis: resolveBasis([...rule.basis, ...(found.basis ?? [])]),
          why: `${key}_why`,
          ask: `${keyOf(rule.id)}_ask`,
          fix: `${keyOf(rule.id)}_fix`,
          ...(found.params ? { params: found.params } : {}),
          ...(found.countries ? { countries: found.countries } : {}),
        });
      } catch (error) {
        errors.push(`${rule.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const words = ctx.tokens.length;
  return {
    health,
    destination: places.destination,
    international: places.international,
    targets: places.targets,
    verdict: verdictOf(health, findings, words, ad.partial === true || ctx.truncated),
    findings,
    text: ctx.text,
    rulesVersion: RULES_VERSION,
    ...(ctx.truncated ? { truncated: true } : {}),
    ...(errors.length ? { errors } : {}),
  };
}
