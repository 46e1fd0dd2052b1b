// The words of a finding (title, why, what to ask, how to fix), given a way to name countries.
// Imports no rules data, so the content script can use it with names sent by the background.

import type { Analysis, Finding } from '../../rules/schema';
import type { Translate } from './translate';

export interface FindingText {
  title: string;
  why: string;
  ask: string;
  fix: string;
  severity: string;
}

/** ISO 3166 code → the country's name in the UI language. */
export type CountryNamer = (iso: string) => string;

const keyOf = (rule: string) => `rule_${rule.replace(/-/g, '_')}`;

export function findingWordParams(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, country: CountryNamer): Record<string, string> {
  const reasons = (finding.params?.reasons ?? '').split(',').filter(Boolean).map((r) => t(`reason_${r.replace(/-/g, '_')}`));
  const countries = finding.params?.countries ? finding.params.countries.split(',') : finding.countries ?? [];
  return {
    countries: countries.map(country).join(', '),
    destination: analysis.destination ? country(analysis.destination) : t('destination_unknown'),
    reasons: reasons.join(', '),
  };
}

export function findingWords(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, country: CountryNamer): FindingText {
  const params = findingWordParams(finding, analysis, t, country);
  return {
    title: t(`${keyOf(finding.rule)}_title`, params),
    why: t(finding.why, params),
    ask: t(finding.ask, params),
    fix: t(finding.fix, params),
    severity: t(`severity_${finding.severity}`),
  };
}
