// The catalogs of the warnings on job-board pages: the rule texts (common + rules, as in
// RULE_CATALOGS) plus the overlay's own words. A module of its own so the content script does not
// bundle the extension pages' catalogs; catalogs.ts re-exports it.

import commonEn from './messages/common.en.json';
import commonFr from './messages/common.fr.json';
import commonPt from './messages/common.pt.json';
import overlayEn from './messages/overlay.en.json';
import overlayFr from './messages/overlay.fr.json';
import overlayPt from './messages/overlay.pt.json';
import rulesEn from './messages/rules.en.json';
import rulesFr from './messages/rules.fr.json';
import rulesPt from './messages/rules.pt.json';
import type { Catalog, Locale } from './translate';

export const OVERLAY_CATALOGS: Record<Locale, Catalog> = {
  en: { ...commonEn, ...rulesEn, ...overlayEn },
  fr: { ...commonFr, ...rulesFr, ...overlayFr },
  pt: { ...commonPt, ...rulesPt, ...overlayPt },
};
