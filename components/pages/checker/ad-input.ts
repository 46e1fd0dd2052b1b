// The checker's input → the JobAd the engine reads. Pasted HTML (a saved page or a fragment) goes
// through the same page readers as the content script, with the browser's own DOMParser; plain text
// is the ad as written.

import { readPage, uniqueAds } from '../../../boards/index';
import { htmlToText } from '../../../boards/html-text';
import type { JobAd } from '../../../rules/schema';

export interface CheckerInput {
  kind: 'text' | 'html';
  /** Ads found (several when a pasted page lists several). */
  ads: JobAd[];
}

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:html|body|div|p|span|ul|ol|li|br|h[1-6]|section|article|script|table|strong|b|em|a)\b[^>]*>/i.test(text);
}

export function readCheckerInput(raw: string, parse: (html: string) => Document = (html) => new DOMParser().parseFromString(html, 'text/html')): CheckerInput {
  const text = raw.trim();
  if (!text) return { kind: 'text', ads: [] };
  if (!looksLikeHtml(text)) return { kind: 'text', ads: [{ id: 'paste', source: 'paste', description: text }] };
  let ads: JobAd[] = [];
  try {
    const read = readPage(parse(text));
    ads = read.status === 'ok' ? uniqueAds(read.ads) : [];
  } catch {
    ads = [];
  }
  if (ads.length === 0) ads = [{ id: 'paste', source: 'paste', description: htmlToText(text) }];
  return { kind: 'html', ads };
}

/** The ad to analyse, with the destination the user chose when the ad doesn't say. */
export function withDestination(ad: JobAd, country: string): JobAd {
  return country ? { ...ad, country } : ad;
}
