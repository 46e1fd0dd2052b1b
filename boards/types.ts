import type { JobAd } from '../rules/schema';

export type AdKind = 'card' | 'detail';

/** One ad found on a page, with the element it was read from (where a badge or panel attaches). */
export interface PageAd {
  ad: JobAd;
  element: Element;
  kind: AdKind;
}

/**
 * A page reader. Standard DOM only (querySelectorAll, getAttribute, textContent), so the same code
 * runs in the content script and, over saved pages, in Node with happy-dom.
 */
export interface BoardReader {
  /** Stable id, also used in JobAd.source and in stored evidence: 'linkedin', 'indeed', … */
  id: string;
  /** Human name shown in the UI. */
  name: string;
  /** Pure predicate on the page URL. */
  matches(url: URL): boolean;
  /** For saved pages with no URL: does the markup look like this board? */
  detect(doc: Document): boolean;
  /** Every ad on the page: list cards and the open detail. Never throws for odd markup: returns []. */
  readAds(root: Document, url?: URL): PageAd[];
}
