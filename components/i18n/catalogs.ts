// Bundled message catalogs, by area. The content script imports only what it shows.

import commonEn from './messages/common.en.json';
import commonFr from './messages/common.fr.json';
import commonPt from './messages/common.pt.json';
import rulesEn from './messages/rules.en.json';
import rulesFr from './messages/rules.fr.json';
import rulesPt from './messages/rules.pt.json';
import type { Catalog, Locale } from './translate';

/** Finding texts, verdicts, severities, channels and the shared words around them. */
export const RULE_CATALOGS: Record<Locale, Catalog> = {
  en: { ...commonEn, ...rulesEn },
  fr: { ...commonFr, ...rulesFr },
  pt: { ...commonPt, ...rulesPt },
};
