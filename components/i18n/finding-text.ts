// The words of a finding in the reader's language: title, why, what to ask, how to fix, with the
// countries and destination filled in.

import type { Analysis, Finding } from '../../rules/schema';
import { countryList, countryName } from './country-names';
import type { Locale, Translate } from './translate';

export interface FindingText {
  title: string;
  why: string;
  ask: string;
  fix: string;
  severity: string;
}

const keyOf = (rule: string) => `rule_${rule.replace(/-/g, '_')}`;

export function findingParams(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, locale: Locale): Record<string, string> {
  const reasons = (finding.params?.reasons ?? '').split(',').filter(Boolean).map((r) => t(`reason_${r.replace(/-/g, '_')}`));
  const countries = finding.params?.countries ? finding.params.countries.split(',') : finding.countries ?? [];
  return {
    countries: countryList(countries, locale),
    destination: analysis.destination ? countryName(analysis.destination, locale) : t('destination_unknown'),
    reasons: reasons.join(', '),
  };
}

export function findingText(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, locale: Locale): FindingText {
  const params = findingParams(finding, analysis, t, locale);
  return {
    title: t(`${keyOf(finding.rule)}_title`, params),
    why: t(finding.why, params),
    ask: t(finding.ask, params),
    fix: t(finding.fix, params),
    severity: t(`severity_${finding.severity}`),
  };
}
