// Messages between the content script, the background script and the extension pages.
// One direction per message; every payload is plain data.

import type { Catalog, Locale } from '../components/i18n/translate';
import type { Analysis, JobAd, RuleId, Verdict } from '../rules/schema';

/** What the popup needs to list one ad of the current tab. */
export interface AdSummary {
  id: string;
  title: string;
  employer?: string;
  verdict: Verdict;
  health: boolean;
  rules: RuleId[];
}

/** Why a tab shows no ads: so the popup can say it instead of a false "no concern". */
export type PageStatus = 'ok' | 'unreadable' | 'not-supported' | 'no-health' | 'disabled';

export type ToBackground =
  | { type: 'page-results'; url: string; board: string; status: PageStatus; ads: AdSummary[] }
  | { type: 'get-tab-results'; tabId: number }
  /** The engine runs in the background: the page only reads ads and draws. */
  | { type: 'analyze'; ads: JobAd[] }
  | { type: 'save-evidence'; ad: JobAd; analysis: Analysis; url: string; board: string }
  | { type: 'open-checker'; text?: string }
  /** Hide this ad's badge for the rest of the browser session. */
  | { type: 'dismiss-ad'; id: string }
  /** Add the highlight colours (`::highlight(recruit-lens-…)`) to the sender's page as a user stylesheet. */
  | { type: 'highlight-style' }
  /** The page overlay's words in one language (with English filling gaps): kept out of the page bundle. */
  | { type: 'overlay-catalog'; locale: Locale };

/** From the popup to the page: show this ad's panel (scrolls to it and opens it). */
export type ToContent =
  | { type: 'open-ad'; id: string };

export type SaveResult = { ok: true; id: string; already?: boolean } | { ok: false; error: 'quota' | 'invalid' | 'failed'; message: string };

/** One ad of a tab, as the background knows it: it analysed the ad, so it keeps both. */
export interface TabAd {
  summary: AdSummary;
  ad: JobAd;
  analysis: Analysis;
}

/** What the popup gets for the current tab (the background keeps this per tab). */
export interface TabResults {
  url: string;
  board: string;
  status: PageStatus;
  ads: TabAd[];
}

/** One analysed ad, for the page. */
export interface AnalyzedAd {
  id: string;
  analysis: Analysis;
  /** The verdict when caution findings are hidden (settings.showCaution off). */
  quietVerdict: Verdict;
  /** The user hid this ad's badge in this browser session. */
  dismissed: boolean;
}

/** The reply to `analyze`: results in the order asked, and the names of every country they mention. */
export interface AnalyzeReply {
  results: AnalyzedAd[];
  countries: Record<string, Record<Locale, string>>;
}

/** What the background answers to each message (void: nothing). */
export interface BackgroundReplies {
  'page-results': void;
  'get-tab-results': TabResults | null;
  analyze: AnalyzeReply;
  'save-evidence': SaveResult;
  'open-checker': void;
  'dismiss-ad': void;
  'highlight-style': void;
  'overlay-catalog': Catalog;
}
