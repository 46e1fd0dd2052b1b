// reed.co.uk: search results (job cards) and job pages /jobs/<slug>/<id> (DOM + microdata).

import { compact, pageAd } from './ad-builder';
import { countryCode } from './countries';
import { absoluteUrl, allMatches, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { elementText } from './dom-text';
import { contentId } from './id';
import { salaryFromText } from './salary-text';
import { attempt, uniqueCards } from './reader-kit';
import type { BoardReader, PageAd } from './types';

const HOST = /^(?:www\.)?reed\.co\.uk$/i;

/** Job searches and job pages on reed.co.uk. */
export function isReedJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && /^\/jobs(?:\/|$)/i.test(url.pathname);
}

/** "reed:<id>" from /jobs/<slug>/<id>. */
export function reedJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const id = /^\/jobs\/[^/]+\/(\d{5,})\/?$/.exec(url.pathname)?.[1];
  return id ? `reed:${id}` : undefined;
}

const BASE = 'https://www.reed.co.uk/';

const CARD_SELECTORS = ['article[data-qa="job-card"]', 'article.job-result', 'article.job-card', '[id^="jobSection"]'];
const CARD_TITLE = ['[data-qa="job-card-title"]', 'h2 a', 'h3.title a', 'h2', 'h3'];
const CARD_EMPLOYER = ['[data-element="recruiter"]', '.gtmJobListingPostedBy', '.posted-by a', '[data-qa="job-posted-by"] a'];
const CARD_SALARY = ['[data-qa="job-metadata-salary"]', 'li.salary', '.salary'];
const CARD_LOCATION = ['[data-qa="job-metadata-location"]', 'li.location', '.location'];

const DETAIL_TITLE = ['h1[data-qa="job-title"]', '.job-header h1', 'article.job h1', 'h1'];
const DETAIL_EMPLOYER = ['[itemprop="hiringOrganization"] [itemprop="name"]', '[data-qa="recruiter-name"]', '[data-element="about_recruiter"]', '[data-qa="job-posted-by"] a', '.posted-by a'];
const DETAIL_SALARY = ['[data-qa="salaryLbl"]', '[data-qa="job-salary"]', '[data-qa="salaryMobileLbl"]'];
const DETAIL_LOCALITY = ['[data-qa="regionLbl"]', '[data-qa="job-location"]', '[data-qa="wwlocalityMobileLbl"]'];
const DETAIL_REGION = ['[data-qa="localityLbl"]', '[data-qa="regionMobileLbl"]'];
const DETAIL_DESCRIPTION = ['[itemprop="description"]', '[data-qa="job-description"]', '.description'];

function cardId(card: Element): string | undefined {
  const fromAttr = card.getAttribute('data-id') ?? /^job(?:Section)?(\d+)$/.exec(card.id)?.[1] ?? card.querySelector('[data-id]')?.getAttribute('data-id');
  if (fromAttr && /^\d{5,}$/.test(fromAttr)) return `reed:${fromAttr}`;
  for (const a of Array.from(card.querySelectorAll('a[href*="/jobs/"]'))) {
    const url = parseUrl(a.getAttribute('href'), BASE);
    const id = url && reedJobId(url);
    if (id) return id;
  }
  return undefined;
}

function readCard(card: Element): PageAd | undefined {
  const title = firstLabel(card, CARD_TITLE);
  if (!title) return undefined;
  const employer = firstLabel(card, CARD_EMPLOYER);
  const description = elementText(card);
  const id = cardId(card) ?? contentId('reed', title, employer, description);
  const n = id.startsWith('reed:') ? id.slice(5) : undefined;
  const href = firstMatch(card, CARD_TITLE)?.getAttribute('href');
  return pageAd(
    {
      id,
      source: 'reed',
      url: absoluteUrl(href, BASE)?.replace(/\?.*$/, '') ?? (n ? `${BASE}jobs/job/${n}` : undefined),
      title,
      employer,
      location: firstLabel(card, CARD_LOCATION),
      boardCountry: 'GB',
      salary: salaryFromText(firstLabel(card, CARD_SALARY)),
      description,
    },
    card,
    'card',
  );
}

function readDetail(doc: Document, url: URL | undefined): PageAd | undefined {
  const title = firstLabel(doc, DETAIL_TITLE);
  const description = firstBlockText(doc, DETAIL_DESCRIPTION);
  if (!title || !description) return undefined;
  const employer = firstLabel(doc, DETAIL_EMPLOYER);
  const location = [firstLabel(doc, DETAIL_LOCALITY), firstLabel(doc, DETAIL_REGION)].filter(Boolean).join(', ');
  const itemUrl = parseUrl(doc.querySelector('[itemprop="url"]')?.getAttribute('content'));
  const id = (url && reedJobId(url)) ?? (itemUrl && reedJobId(itemUrl)) ?? contentId('reed', title, employer, description);
  const jobCountry = doc.getElementById('jobCountry')?.getAttribute('value');
  return pageAd(
    {
      id,
      source: 'reed',
      url: itemUrl?.href ?? (url ? `${url.origin}${url.pathname}` : undefined),
      title,
      employer,
      location,
      boardCountry: countryCode(jobCountry) ?? 'GB',
      salary: salaryFromText(firstLabel(doc, DETAIL_SALARY)),
      description,
    },
    firstMatch(doc, ['article.job', '[itemtype*="JobPosting"]', 'main']) ?? doc.body,
    'detail',
  );
}

/** Markup only a job page has (its microdata, description and salary hooks). */
const JOB_PAGE_MARKERS = ['[itemtype*="JobPosting"]', '[data-qa="job-description"]', '[data-qa="salaryLbl"]'];

function readAds(doc: Document, url?: URL): PageAd[] {
  // On a job page, job cards are "similar jobs", not a list to read.
  const isJobPage = url ? reedJobId(url) !== undefined : firstMatch(doc, JOB_PAGE_MARKERS) !== null;
  const detail = (): PageAd | undefined => attempt('reed', () => readDetail(doc, url));
  if (isJobPage) return compact([detail()]);
  const cards = uniqueCards(allMatches(doc, CARD_SELECTORS).map((card) => attempt('reed', () => readCard(card))));
  return cards.length > 0 ? cards : compact([detail()]);
}

function detect(doc: Document): boolean {
  if (/reed\.co\.uk/i.test(metaContent(doc, 'og:site_name') ?? '') || /\|\s*reed\.co\.uk\s*$/i.test(doc.title)) return true;
  return firstMatch(doc, ['[data-qa="salaryLbl"]', '[data-qa="job-card-title"]', 'a[href*="reed.co.uk/company-profile/"]']) !== null;
}

export const reed: BoardReader = {
  id: 'reed',
  name: 'Reed',
  matches: isReedJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] reed reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.reed.co.uk/jobs/software-developer/52507327?source=searchResults
// https://www.reed.co.uk/jobs/care-assistant-jobs
// https://www.reed.co.uk/jobs/nurse-jobs-in-leeds?salaryfrom=25000
// Not: https://www.reed.co.uk/courses/ · https://www.reed.co.uk/career-advice/ · https://reed.com/jobs/x/123
