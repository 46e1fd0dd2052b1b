// The generic reader for any page: schema.org JobPosting as JSON-LD or as microdata.

import { compact } from './ad-builder';
import { inlineText } from './dom-text';
import { jobPostingToAd, type JobPostingOptions } from './job-posting';
import { jobPostingScopes, microdataItem, schemaName } from './microdata';
import type { PageAd } from './types';

export { jobPostingToAd, type JobPostingOptions } from './job-posting';

const MAX_DEPTH = 12;
const MAX_POSTINGS = 500;

/** Parses one ld+json block; tolerates HTML comment/CDATA wrappers and raw control characters. */
export function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>$/, '')
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(body);
  } catch {
    // Raw newlines and tabs inside strings are the commonest hand-made JSON-LD error.
  }
  try {
    return JSON.parse(body.replace(/[\u0000-\u001f]/g, ' '));
  } catch {
    return undefined;
  }
}

function isJobPosting(value: Record<string, unknown>): boolean {
  const types = value['@type'] ?? value['type'];
  const list = Array.isArray(types) ? types : [types];
  return list.some((t) => typeof t === 'string' && schemaName(t).toLowerCase() === 'jobposting');
}

/** Every JobPosting inside a parsed value: top level, arrays, @graph, or nested in other nodes. */
export function findJobPostings(value: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > MAX_DEPTH || out.length >= MAX_POSTINGS) return out;
  if (Array.isArray(value)) {
    for (const item of value) findJobPostings(item, out, depth + 1);
  } else if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if (isJobPosting(obj)) {
      out.push(obj);
      return out;
    }
    for (const child of Object.values(obj)) {
      if (typeof child === 'object' && child !== null) findJobPostings(child, out, depth + 1);
    }
  }
  return out;
}

/** JobPosting objects from every ld+json script; a script with bad JSON is skipped. */
export function jsonLdPostings(doc: Document): unknown[] {
  const postings: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const parsed = parseJsonLd(script.textContent ?? '');
    if (parsed !== undefined) findJobPostings(parsed, postings);
  }
  return postings;
}

/**
 * Where a JSON-LD ad shows on the page: the article or main content around its heading, else the
 * body (a heading's own wrapper is often just the header, without the ad's text).
 */
function visibleElementFor(doc: Document, title: string | undefined): Element | null {
  if (title) {
    const wanted = title.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const heading of Array.from(doc.querySelectorAll('h1, h2'))) {
      if (inlineText(heading).toLowerCase() === wanted) {
        return heading.closest('article, main, [role="main"]') ?? doc.body ?? heading;
      }
    }
  }
  return doc.querySelector('main, [role="main"], article') ?? doc.body ?? doc.documentElement;
}

export interface StructuredRead {
  ads: PageAd[];
  readers: string[];
}

/** JobPosting ads from JSON-LD and microdata, each as a 'detail' ad. */
export function readStructuredAds(doc: Document, options: Omit<JobPostingOptions, 'source' | 'onlyPosting'> = {}): StructuredRead {
  const readers: string[] = [];
  const fromJsonLd = jsonLdPostings(doc);
  const jsonLdAds = compact(
    fromJsonLd.map((posting) => {
      const ad = jobPostingToAd(posting, { ...options, source: 'json-ld', onlyPosting: fromJsonLd.length === 1 });
      const element = ad.description ? visibleElementFor(doc, ad.title) : null;
      return element ? { ad, element, kind: 'detail' as const } : undefined;
    }),
  );
  if (jsonLdAds.length > 0) readers.push('json-ld');

  const scopes = jobPostingScopes(doc);
  const microdataAds = compact(
    scopes.map((scope) => {
      const ad = jobPostingToAd(microdataItem(scope), { ...options, source: 'microdata', onlyPosting: scopes.length === 1 });
      return ad.description ? { ad, element: scope, kind: 'detail' as const } : undefined;
    }),
  );
  if (microdataAds.length > 0) readers.push('microdata');
  return { ads: [...jsonLdAds, ...microdataAds], readers };
}
