// Bundled message catalogs, by area. The content script imports only what it shows.

import commonEn from './messages/common.en.json';
import commonFr from './messages/common.fr.json';
import commonPt from './messages/common.pt.json';
import rulesEn from './messages/rules.en.json';
import rulesFr from './messages/rules.fr.json';
import rulesPt from './messages/rules.pt.json';
import pagesEn from './messages/pages.en.json';
import pagesFr from './messages/pages.fr.json';
import pagesPt from './messages/pages.pt.json';
import { OVERLAY_CATALOGS } from './overlay-catalogs';
import type { Catalog, Locale } from './translate';

/** Finding texts, verdicts, severities, channels and the shared words around them. */
export const RULE_CATALOGS: Record<Locale, Catalog> = {
  en: { ...commonEn, ...rulesEn },
  fr: { ...commonFr, ...rulesFr },
  pt: { ...commonPt, ...rulesPt },
};

/** The warnings on job-board pages (badges, banner, panel, report): RULE_CATALOGS plus their own words. */
export { OVERLAY_CATALOGS } from './overlay-catalogs';

/**
 * The extension's own pages (popup, checker, evidence log, settings): the rule texts, the words of
 * the shared findings components and report (OVERLAY_CATALOGS, which includes RULE_CATALOGS), and theirs.
 */
export const PAGE_CATALOGS: Record<Locale, Catalog> = {
  en: { ...RULE_CATALOGS.en, ...OVERLAY_CATALOGS.en, ...pagesEn },
  fr: { ...RULE_CATALOGS.fr, ...OVERLAY_CATALOGS.fr, ...pagesFr },
  pt: { ...RULE_CATALOGS.pt, ...OVERLAY_CATALOGS.pt, ...pagesPt },
};
