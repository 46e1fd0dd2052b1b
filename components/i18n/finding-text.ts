// The words of a finding in the reader's language: title, why, what to ask, how to fix, with the
// countries and destination filled in from the bundled rules data.

import type { Analysis, Finding } from '../../rules/schema';
import { countryName } from './country-names';
import { findingWordParams, findingWords, type FindingText } from './finding-words';
import type { Locale, Translate } from './translate';

export type { FindingText } from './finding-words';

export function findingParams(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, locale: Locale): Record<string, string> {
  return findingWordParams(finding, analysis, t, (iso) => countryName(iso, locale));
}

export function findingText(finding: Finding, analysis: Pick<Analysis, 'destination'>, t: Translate, locale: Locale): FindingText {
  return findingWords(finding, analysis, t, (iso) => countryName(iso, locale));
}
