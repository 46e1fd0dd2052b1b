// Messages between the content script, the background script and the extension pages.
// One direction per message; every payload is plain data.

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
  | { type: 'open-checker'; text?: string };

export type ToContent =
  | { type: 'open-ad'; id: string }
  | { type: 'save-ad'; id: string }
  | { type: 'report-ad'; id: string };

export type SaveResult = { ok: true; id: string } | { ok: false; error: 'quota' | 'invalid' | 'failed'; message: string };

export interface TabResults {
  url: string;
  board: string;
  status: PageStatus;
  ads: AdSummary[];
}
