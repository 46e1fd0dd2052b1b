// Glassdoor (every country site): search results with the open job pane, and job pages.
// Class names carry build hashes (JobCard_jobTitle__GLyJ1), so they are matched by prefix and
// data-test hooks are preferred.

import { compact, pageAd } from './ad-builder';
import { countryFromLocationText } from './countries';
import { absoluteUrl, allMatches, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { elementText } from './dom-text';
import { contentId } from './id';
import { attempt, cardForDetail, firstLabelWhere, insideAny, looksLikePay, uniqueCards } from './reader-kit';
import { salaryFromText } from './salary-text';
import type { BoardReader, PageAd } from './types';

// glassdoor.com, glassdoor.co.uk, glassdoor.fr, glassdoor.com.au, fr.glassdoor.be, …
const HOST = /^(?:(?:www|[a-z]{2})\.)?glassdoor\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i;

/** Job search and job listing pages; the search path is localised (Job, Emploi, Empleo, Vaga, …). */
export function isGlassdoorJobsPage(url: URL): boolean {
  if (!HOST.test(url.hostname)) return false;
  if (url.searchParams.has('jl') || url.searchParams.has('jobListingId')) return true;
  return /^\/(?:job-listing|partner\/jobListing\.htm|Jobs?|Emplois?|Empleos?|Stellen|Lavoro|Vacatures?|Vagas?|Vaga)(?:\/|$|-)/i.test(url.pathname);
}

/** "glassdoor:<jobListingId>" from ?jl= / ?jobListingId= or a job-listing URL ending in …_<id>.htm. */
export function glassdoorJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const id = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
  return id && /^\d+$/.test(id) ? `glassdoor:${id}` : undefined;
}

const CARD_SELECTORS = ['li[data-test="jobListing"]', '[data-test="jobListing"]', 'li[data-jobid]', 'li.react-job-listing'];
const CARD_TITLE = ['[data-test="job-title"]', '[class*="JobCard_jobTitle"]', 'a.jobLink', '.job-title'];
const CARD_COMPANY = [
  '[class*="EmployerProfile_compactEmployerName"]',
  '[data-test="employer-short-name"]',
  '[data-test="employer-name"]',
  '.job-search-key-l2wjgv',
];
const CARD_LOCATION = ['[data-test="emp-location"]', '[data-test="location"]', '.location'];
const CARD_PAY = ['[data-test="detailSalary"]', '[data-test="salary-estimate"]', '[class*="JobCard_salaryEstimate"]'];

const PANE_ROOTS = ['[class*="JobDetails_jobDetailsContainer"]', '#JDCol', '.jobDetails', '[data-test="job-details"]'];
const DETAIL_TITLE = ['h1[id^="jd-job-title-"]', '[data-test="job-title"]', 'h1'];
const DETAIL_COMPANY = [
  '[class*="EmployerProfile_employerNameHeading"] h4',
  '[class*="EmployerProfile_employerNameHeading"]',
  '[data-test="employerName"]',
  '[data-test="employer-name"]',
];
const DETAIL_LOCATION = ['[data-test="location"]', '[data-test="emp-location"]'];
const DETAIL_PAY = ['[data-test="detailSalary"]', '[data-test="salaryRange"]', '[class*="SalaryEstimate_salaryRange"]'];
const DETAIL_DESCRIPTION = ['[class*="JobDetails_jobDescription"]', '#JobDescriptionContainer', '.jobDescriptionContent', '[data-test="jobDescriptionContent"]'];
const ACTIVE_CARD = ['[data-selected="true"]', '[class*="JobsList_selected"]', '[aria-current="true"]'];

/** Employer text without the star rating some layouts put in the same box ("PwC 3,7 ★"). */
function employerName(text: string | undefined): string | undefined {
  return text?.replace(/\s*\d[.,]\d\s*★?\s*$/, '').trim() || undefined;
}

function cardId(card: Element): string | undefined {
  const own = card.getAttribute('data-jobid') ?? card.getAttribute('data-id');
  if (own && /^\d+$/.test(own)) return `glassdoor:${own}`;
  for (const a of Array.from(card.querySelectorAll('a[href*="jl="], a[href*="jobListingId="]'))) {
    const url = parseUrl(a.getAttribute('href'), 'https://www.glassdoor.com/');
    const id = url && glassdoorJobId(url);
    if (id) return id;
  }
  return undefined;
}

function readCard(card: Element, base: string): PageAd | undefined {
  const title = firstLabel(card, CARD_TITLE);
  if (!title) return undefined;
  const employer = employerName(firstLabel(card, CARD_COMPANY));
  const location = firstLabel(card, CARD_LOCATION);
  const description = elementText(card);
  return pageAd(
    {
      id: cardId(card) ?? contentId('glassdoor', title, employer, description),
      source: 'glassdoor',
      url: absoluteUrl(firstMatch(card, CARD_TITLE)?.getAttribute('href'), base),
      title,
      employer,
      location,
      boardCountry: countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(card, CARD_PAY, looksLikePay)),
      description,
    },
    card,
    'card',
  );
}

/** The listing id the pane itself names: data-brandviews "…:jlid=123" or h1 id "jd-job-title-123". */
function paneId(pane: Element): string | undefined {
  const views = pane.querySelector('[data-brandviews*="jlid="]')?.getAttribute('data-brandviews');
  const fromViews = views ? /jlid=(\d+)/.exec(views)?.[1] : undefined;
  const fromHeading = /^jd-job-title-(\d+)$/.exec(pane.querySelector('[id^="jd-job-title-"]')?.id ?? '')?.[1];
  const id = fromViews ?? fromHeading;
  return id ? `glassdoor:${id}` : undefined;
}

function readDetail(doc: Document, url: URL | undefined, cards: readonly PageAd[], base: string): PageAd | undefined {
  const pane = firstMatch(doc, PANE_ROOTS);
  if (!pane) return undefined;
  const title = firstLabel(pane, DETAIL_TITLE);
  const description = firstBlockText(pane, DETAIL_DESCRIPTION);
  if (!title || !description) return undefined;
  const employer = employerName(firstLabel(pane, DETAIL_COMPANY));
  const location = firstLabel(pane, DETAIL_LOCATION);
  const id = paneId(pane) ?? (url && glassdoorJobId(url)) ?? cardForDetail(cards, title, ACTIVE_CARD)?.ad.id ?? contentId('glassdoor', title, employer, description);
  const card = cards.find((c) => c.ad.id === id);
  return pageAd(
    {
      id,
      source: 'glassdoor',
      url: card?.ad.url ?? url?.href,
      title,
      employer,
      location,
      boardCountry: countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(pane, DETAIL_PAY, looksLikePay)),
      description,
      applyUrl: absoluteUrl(pane.querySelector('a[data-test="applyButton"]')?.getAttribute('href'), base),
    },
    pane,
    'detail',
  );
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const base = url?.href ?? 'https://www.glassdoor.com/';
  const panes = allMatches(doc, PANE_ROOTS);
  const cardElements = allMatches(doc, CARD_SELECTORS).filter((el) => !insideAny(el, panes));
  const cards = uniqueCards(cardElements.map((el) => attempt('glassdoor', () => readCard(el, base))));
  return compact([...cards, attempt('glassdoor', () => readDetail(doc, url, cards, base))]);
}

function detect(doc: Document): boolean {
  if (/glassdoor/i.test(metaContent(doc, 'og:site_name') ?? '')) return true;
  return firstMatch(doc, ['[data-test="jobListing"]', '[data-test="job-details-header"]', '[class*="JobDetails_jobDetailsContainer"]']) !== null;
}

export const glassdoor: BoardReader = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: isGlassdoorJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] glassdoor reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IS4540_KO6,27.htm
// https://www.glassdoor.co.uk/Job/london-nurse-jobs-SRCH_IL.0,6_IC2671300_KO7,12.htm
// https://www.glassdoor.com/job-listing/registered-nurse-acme-JV_IC1147401_KO0,16_KE17,21.htm?jl=1009123456789
// https://www.glassdoor.com/partner/jobListing.htm?pos=101&jobListingId=1009733330019
// Not: https://www.glassdoor.com/Reviews/index.htm · https://www.glassdoor.fr/Avis/pwc-avis-E8450.htm ·
//      https://www.glassdoor.com/Salaries/nurse-salary-SRCH_KO0,5.htm · https://glassdoor.example.com/Job/x
