// Reading a whole page: pick the board, run its reader, add structured data, fall back to the
// page's plain structure, and merge what describes the same job.

import type { JobAd } from '../rules/schema';
import { mergeAds, primaryLanguage } from './ad-builder';
import { elementText } from './dom-text';
import { glassdoor } from './glassdoor';
import { indeed } from './indeed';
import { jobberman } from './jobberman';
import { readStructuredAds } from './json-ld';
import { linkedin } from './linkedin';
import { nhsJobs } from './nhs-jobs';
import { pageUrls } from './page-url';
import { sameTitle } from './reader-kit';
import { reed } from './reed';
import { seek } from './seek';
import { readTextAds } from './text';
import type { BoardReader, PageAd } from './types';

export { jobIdFromUrl } from './job-ids';
export { jobPostingToAd } from './json-ld';
export type { BoardReader, PageAd } from './types';

export const BOARDS: BoardReader[] = [linkedin, indeed, nhsJobs, reed, seek, glassdoor, jobberman];

export interface PageRead {
  /** The board whose page this is, or 'generic'. */
  board: string;
  ads: PageAd[];
  /** 'unreadable': nothing could be read (on a known board: its markup has probably changed). */
  status: 'ok' | 'unreadable';
  /** Readers that contributed ads: board ids, 'json-ld', 'microdata', 'text'. */
  readers: string[];
}

function toUrl(url: URL | string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
}

/** The board reader for a page address, if any. */
export function boardForUrl(url: URL | string | undefined): BoardReader | undefined {
  const parsed = toUrl(url);
  return parsed ? BOARDS.find((board) => board.matches(parsed)) : undefined;
}

/** The board of a saved page: by its canonical/og:url/saved-from address, else by its markup. */
export function boardForDocument(doc: Document): BoardReader | undefined {
  for (const url of pageUrls(doc)) {
    const board = boardForUrl(url);
    if (board) return board;
  }
  return BOARDS.find((board) => {
    try {
      return board.detect(doc);
    } catch {
      return false;
    }
  });
}

/** One JobAd per id from a page read, preferring the detail over a card (for the CLI and exports). */
export function uniqueAds(pageAds: readonly PageAd[]): JobAd[] {
  const byId = new Map<string, PageAd>();
  for (const pageAd of pageAds) {
    const seen = byId.get(pageAd.ad.id);
    if (!seen || (seen.kind === 'card' && pageAd.kind === 'detail')) byId.set(pageAd.ad.id, pageAd);
  }
  return [...byId.values()].map((p) => p.ad);
}

function runBoard(board: BoardReader, doc: Document, url: URL | undefined): PageAd[] {
  try {
    return board.readAds(doc, url);
  } catch (error) {
    console.warn(`[recruit-lens] ${board.id} reader threw; falling back`, error);
    return [];
  }
}

function runStructured(doc: Document, url: URL | undefined): { ads: PageAd[]; readers: string[] } {
  try {
    return readStructuredAds(doc, { pageUrl: url?.href });
  } catch (error) {
    console.warn('[recruit-lens] structured-data reader threw', error);
    return { ads: [], readers: [] };
  }
}

/**
 * The ads a structured-data ad describes: the same id, else the one board detail with the same
 * title, else the only board detail when the page has one posting.
 */
function targetsFor(structured: PageAd, ads: readonly PageAd[], postings: number): PageAd[] {
  const sameId = ads.filter((a) => a.ad.id === structured.ad.id);
  if (sameId.length > 0) return sameId;
  const details = ads.filter((a) => a.kind === 'detail');
  const titled = details.filter((a) => sameTitle(a.ad.title, structured.ad.title));
  if (titled.length === 1) return titled;
  return details.length === 1 && postings === 1 ? details : [];
}

/** Board ads absorb the structured ads about the same job (board fields win); the rest are added. */
function mergeStructured(ads: PageAd[], structured: readonly PageAd[]): PageAd[] {
  const out = [...ads];
  for (const s of structured) {
    const targets = targetsFor(s, out, structured.length);
    if (targets.length === 0) out.push(s);
    for (const target of targets) {
      const index = out.indexOf(target);
      out[index] = { ...target, ad: { ...mergeAds(target.ad, s.ad), id: target.ad.id } };
    }
  }
  return out;
}

/** A list card and the open detail of the same job show the same, full ad. */
function unifyCardsWithDetails(ads: readonly PageAd[]): PageAd[] {
  const details = new Map<string, JobAd>();
  for (const a of ads) if (a.kind === 'detail' && !details.has(a.ad.id)) details.set(a.ad.id, a.ad);
  const seen = new Set<string>();
  const out: PageAd[] = [];
  for (const a of ads) {
    const key = `${a.kind}\u0000${a.ad.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const detail = details.get(a.ad.id);
    out.push(a.kind === 'card' && detail ? { ...a, ad: mergeAds(detail, a.ad) } : a);
  }
  return out;
}

const THIN_DESCRIPTION = 300;

/** On a page no board knows, one structured ad also takes the visible text around it. */
function withVisibleText(structured: PageAd): PageAd {
  const visible = elementText(structured.element);
  const own = structured.ad.description;
  if (!visible || own.includes(visible)) return structured;
  const description = visible.includes(own) ? visible : `${visible}\n\n${own}`;
  return { ...structured, ad: { ...structured.ad, description } };
}

function fillLanguage(ads: readonly PageAd[], doc: Document): PageAd[] {
  const lang = primaryLanguage(doc.documentElement?.getAttribute('lang'));
  if (!lang) return [...ads];
  return ads.map((a) => (a.ad.lang ? a : { ...a, ad: { ...a.ad, lang } }));
}

/**
 * Every ad on a page. Runs the board reader (contained if it throws), then JSON-LD/microdata,
 * then the text fallback. Never throws; never an empty 'ok'.
 */
export function readPage(doc: Document, url?: URL): PageRead {
  try {
    const board = boardForUrl(url) ?? boardForDocument(doc);
    const candidates = [url, ...pageUrls(doc)].filter((u): u is URL => u !== undefined);
    const pageUrl = (board && candidates.find((u) => board.matches(u))) ?? candidates[0];
    const readers: string[] = [];

    let ads = board ? runBoard(board, doc, pageUrl) : [];
    if (board && ads.length > 0) readers.push(board.id);

    const structured = runStructured(doc, pageUrl);
    if (structured.ads.length > 0) {
      ads = mergeStructured(ads, structured.ads);
      readers.push(...structured.readers);
    }

    // A known board's reader read nothing (its markup changed) and the structured ad says little.
    const thinStructuredOnly = board !== undefined && !readers.includes(board.id) && (ads[0]?.ad.description.length ?? Infinity) < THIN_DESCRIPTION;
    if ((!board || thinStructuredOnly) && ads.length === 1 && ads[0]) {
      ads = [withVisibleText(ads[0])];
      readers.push('text');
    } else if (ads.length === 0) {
      // On a known board, only repeated cards: the whole of a search page is not one ad.
      ads = readTextAds(doc, pageUrl, { cardsOnly: board !== undefined });
      if (ads.length > 0) readers.push('text');
    }

    ads = fillLanguage(unifyCardsWithDetails(ads), doc);
    return { board: board?.id ?? 'generic', ads, status: ads.length > 0 ? 'ok' : 'unreadable', readers: [...new Set(readers)] };
  } catch (error) {
    console.warn('[recruit-lens] page could not be read', error);
    return { board: 'generic', ads: [], status: 'unreadable', readers: [] };
  }
}
