// SEEK (seek.com.au, seek.co.nz): search results and job pages, read through the stable
// data-automation hooks SEEK keeps for its own tests.

import { compact, pageAd } from './ad-builder';
import { countryFromLocationText } from './countries';
import { absoluteUrl, allMatches, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { elementText } from './dom-text';
import { contentId } from './id';
import { attempt, cardForDetail, insideAny, uniqueCards } from './reader-kit';
import { salaryFromText } from './salary-text';
import type { BoardReader, PageAd } from './types';

const HOST = /^(?:www\.)?seek\.(?:com\.au|co\.nz)$/i;

/** Searches (/nurse-jobs, /jobs?keywords=…, /jobs-in-healthcare-medical) and job pages (/job/<id>). */
export function isSeekJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && /^\/(?:job\/\d+|jobs(?:[/?-]|$)|[^/]+-jobs(?:\/|$))/i.test(url.pathname);
}

/** "seek:<id>" from /job/<id> or the split view's ?jobId=. */
export function seekJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const id = /^\/job\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId');
  return id && /^\d+$/.test(id) ? `seek:${id}` : undefined;
}

/** seek.com.au lists Australian jobs, seek.co.nz New Zealand ones (unless marked overseas). */
function siteCountry(url: URL | undefined): string | undefined {
  if (!url || !HOST.test(url.hostname)) return undefined;
  return url.hostname.endsWith('.nz') ? 'NZ' : 'AU';
}

function boardCountry(location: string | undefined, url: URL | undefined): string | undefined {
  const named = countryFromLocationText(location);
  if (named) return named;
  return location && /overseas|international/i.test(location) ? undefined : siteCountry(url);
}

const CARD_SELECTORS = ['[data-automation="normalJob"]', '[data-automation="premiumJob"]', 'article[data-job-id]', '[data-testid="job-card"]'];
const CARD_TITLE = ['[data-automation="jobTitle"]', 'h3 a', 'h1 a'];
const CARD_COMPANY = ['[data-automation="jobCompany"]', '[data-automation="advertiser-name"]'];
const CARD_LOCATION = ['[data-automation="jobLocation"]', '[data-automation="jobCardLocation"]'];
const CARD_AREA = ['[data-automation="jobArea"]', '[data-automation="jobSuburb"]'];
const CARD_SALARY = ['[data-automation="jobSalary"]'];

const DETAIL_ROOTS = ['[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="jobDetailsPage"]', '[data-automation="jobAdDetails"]'];
const DETAIL_TITLE = ['[data-automation="job-detail-title"]', 'h1'];
const DETAIL_COMPANY = ['[data-automation="advertiser-name"]', '[data-automation="job-detail-advertiser"]'];
const DETAIL_LOCATION = ['[data-automation="job-detail-location"]'];
const DETAIL_SALARY = ['[data-automation="job-detail-salary"]'];
const DETAIL_DESCRIPTION = ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'];
const ACTIVE_CARD = ['[data-automation="selectedJob"]', '[aria-current="true"]', '[data-selected="true"]'];

function cardId(card: Element): string | undefined {
  const own = card.getAttribute('data-job-id');
  if (own && /^\d+$/.test(own)) return `seek:${own}`;
  const href = card.querySelector('[data-automation="jobTitle"], a[href*="/job/"]')?.getAttribute('href');
  const url = parseUrl(href, 'https://www.seek.com.au/');
  return url ? seekJobId(url) : undefined;
}

function readCard(card: Element, url: URL | undefined): PageAd | undefined {
  const title = firstLabel(card, CARD_TITLE);
  if (!title) return undefined;
  const employer = firstLabel(card, CARD_COMPANY);
  const location = [firstLabel(card, CARD_LOCATION), firstLabel(card, CARD_AREA)].filter(Boolean).join(', ') || undefined;
  const description = elementText(card);
  const id = cardId(card) ?? contentId('seek', title, employer, description);
  const n = id.startsWith('seek:') ? id.slice(5) : undefined;
  return pageAd(
    {
      id,
      source: 'seek',
      url: n ? new URL(`/job/${n}`, url?.origin ?? 'https://www.seek.com.au').href : undefined,
      title,
      employer,
      location,
      boardCountry: boardCountry(location, url),
      salary: salaryFromText(firstLabel(card, CARD_SALARY), siteCountry(url) === 'NZ' ? 'NZD' : 'AUD'),
      description,
      datePosted: card.querySelector('time[datetime]')?.getAttribute('datetime'),
    },
    card,
    'card',
  );
}

function readDetail(doc: Document, url: URL | undefined, cards: readonly PageAd[]): PageAd | undefined {
  const root = firstMatch(doc, DETAIL_ROOTS);
  if (!root) return undefined;
  // The description block sits beside the header, so search the page around it.
  const scope = root.matches('[data-automation="jobAdDetails"]') ? doc.body ?? root : root;
  const title = firstLabel(scope, DETAIL_TITLE);
  const description = firstBlockText(scope, DETAIL_DESCRIPTION);
  if (!title || !description) return undefined;
  const employer = firstLabel(scope, DETAIL_COMPANY);
  const location = firstLabel(scope, DETAIL_LOCATION);
  const id = (url && seekJobId(url)) ?? cardForDetail(cards, title, ACTIVE_CARD)?.ad.id ?? contentId('seek', title, employer, description);
  const n = id.startsWith('seek:') ? id.slice(5) : undefined;
  return pageAd(
    {
      id,
      source: 'seek',
      url: n ? new URL(`/job/${n}`, url?.origin ?? 'https://www.seek.com.au').href : url?.href,
      title,
      employer,
      location,
      boardCountry: boardCountry(location, url),
      salary: salaryFromText(firstLabel(scope, DETAIL_SALARY), siteCountry(url) === 'NZ' ? 'NZD' : 'AUD'),
      description,
      applyUrl: absoluteUrl(scope.querySelector('[data-automation="job-detail-apply"]')?.getAttribute('href'), url ?? 'https://www.seek.com.au/'),
    },
    root,
    'detail',
  );
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const roots = allMatches(doc, DETAIL_ROOTS);
  const cardElements = allMatches(doc, CARD_SELECTORS).filter((el) => !insideAny(el, roots));
  const cards = uniqueCards(cardElements.map((el) => attempt('seek', () => readCard(el, url))));
  return compact([...cards, attempt('seek', () => readDetail(doc, url, cards))]);
}

function detect(doc: Document): boolean {
  if (/^seek$/i.test(metaContent(doc, 'og:site_name') ?? '')) return true;
  return firstMatch(doc, ['[data-automation="normalJob"]', '[data-automation="jobAdDetails"]', '[data-automation="job-detail-title"]']) !== null;
}

export const seek: BoardReader = {
  id: 'seek',
  name: 'SEEK',
  matches: isSeekJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] seek reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.seek.com.au/job/78201133
// https://www.seek.com.au/nurse-jobs · https://www.seek.com.au/aged-care-jobs/in-All-Australia
// https://www.seek.com.au/QA-Automation-jobs/in-All-Sydney-NSW?sortmode=ListedDate
// https://www.seek.com.au/jobs?keywords=nurse&jobId=78201133 · https://www.seek.co.nz/job/81234567
// Not: https://www.seek.com.au/career-advice/ · https://www.seek.com.au/companies/ · https://seek.example.com/job/1
