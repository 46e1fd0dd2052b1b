// Jobberman (jobberman.com Nigeria, jobberman.com.gh Ghana): listing pages and /listings/<slug>.
// The markup is utility classes only, so cards are found from their /listings/ links.

import { compact, pageAd } from './ad-builder';
import { absoluteUrl, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { elementText, inlineText } from './dom-text';
import { contentId } from './id';
import { salaryFromText } from './salary-text';
import { attempt, firstLabelWhere, looksLikePay, uniqueCards } from './reader-kit';
import type { BoardReader, PageAd } from './types';

const HOST = /^(?:www\.)?jobberman\.com(?:\.gh)?$/i;

/** Job lists (/jobs, /jobs/<category>, /jobs?q=…) and job pages (/listings/<slug>). */
export function isJobbermanJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && /^\/(?:listings\/[^/]+|jobs)(?:\/|$)/i.test(url.pathname);
}

/** "jobberman:<slug>" from /listings/<slug>. */
export function jobbermanJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const slug = /^\/listings\/([^/?#]+)/i.exec(url.pathname)?.[1];
  return slug ? `jobberman:${slug.toLowerCase()}` : undefined;
}

const LISTING_LINK = 'a[href*="/listings/"]';
const CARD_SELECTORS = ['[data-cy="listing-cards-components"]', 'article.job-card', '.job-card'];
const CARD_TITLE = ['[data-cy="listing-title-link"]', 'h3 a[href*="/listings/"]', 'h2 a[href*="/listings/"]', LISTING_LINK];
const CARD_COMPANY = ['a[href*="/company/"]', '[data-cy="listing-company"]', '.company'];
// Cards show location, job type and pay as a row of unlabelled tag chips.
const TAG_CHIPS = ['.flex-wrap > span', '.flex-wrap > a'];
const CARD_LOCATION = ['.job-location', '[data-cy="listing-location"]', ...TAG_CHIPS];
const CARD_SALARY = ['.salary', '[data-cy="listing-salary"]', ...TAG_CHIPS];
const JOB_TYPE = /^(full[ -]?time|part[ -]?time|contract|internship|graduate trainee|temporary|freelance|remote|hybrid|on-?site)\b/i;
const UNSTATED_PAY = /^(confidential|negotiable|competitive)$/i;

const DETAIL_ROOTS = ['article.job-details', '[data-cy="job-details"]', 'main article', 'main'];
const DETAIL_TITLE = ['h1'];
const DETAIL_COMPANY = ['h2 a[href*="/company/"]', 'a[href*="/company/"]', 'h2'];
const DETAIL_LOCATION = ['.job-location', '[data-cy="job-location"]'];
const DETAIL_SALARY = ['.salary', '[data-cy="salary"]'];
const DETAIL_DESCRIPTION = ['.job-description', '[data-cy="job-description"]', '.job__details'];

const BASE = 'https://www.jobberman.com/';

function linkUrl(el: Element | null, base: string): URL | undefined {
  return parseUrl(el?.getAttribute('href'), base);
}

/** Climbs from a listing link to the largest ancestor that holds no other listing. */
function cardFromLink(link: Element, slug: string, base: string): Element {
  let card: Element = link;
  while (card.parentElement && card.parentElement !== card.ownerDocument.body) {
    const parent = card.parentElement;
    const others = Array.from(parent.querySelectorAll(LISTING_LINK)).some((a) => {
      const url = linkUrl(a, base);
      return url ? jobbermanJobId(url) !== slug : false;
    });
    if (others) break;
    card = parent;
  }
  return card;
}

function cardElements(doc: Document, base: string): Element[] {
  const marked = Array.from(doc.querySelectorAll(CARD_SELECTORS.join(', ')));
  if (marked.length > 0) return marked;
  const cards: Element[] = [];
  for (const link of Array.from(doc.querySelectorAll(LISTING_LINK))) {
    const url = linkUrl(link, base);
    const id = url && jobbermanJobId(url);
    if (!id || !inlineText(link)) continue;
    const card = cardFromLink(link, id, base);
    if (!cards.includes(card)) cards.push(card);
  }
  // One lone listing link on a job page (e.g. "similar jobs" of one) is not a list.
  return cards.length >= 2 ? cards : [];
}

function readCard(card: Element, base: string): PageAd | undefined {
  const title = firstLabel(card, CARD_TITLE);
  if (!title) return undefined;
  const url = linkUrl(firstMatch(card, [LISTING_LINK]), base);
  const employer = firstLabel(card, CARD_COMPANY);
  const description = elementText(card);
  return pageAd(
    {
      id: (url && jobbermanJobId(url)) ?? contentId('jobberman', title, employer, description),
      source: 'jobberman',
      url: url?.href,
      title,
      employer,
      location: firstLabelWhere(card, CARD_LOCATION, (t) => !looksLikePay(t) && !JOB_TYPE.test(t) && !UNSTATED_PAY.test(t)),
      salary: salaryFromText(firstLabelWhere(card, CARD_SALARY, (t) => looksLikePay(t) || UNSTATED_PAY.test(t))),
      description,
    },
    card,
    'card',
  );
}

function readDetail(doc: Document, url: URL | undefined, base: string): PageAd | undefined {
  const root = firstMatch(doc, DETAIL_ROOTS) ?? doc.body;
  if (!root) return undefined;
  const title = firstLabel(root, DETAIL_TITLE);
  const description = firstBlockText(root, DETAIL_DESCRIPTION);
  if (!title || !description) return undefined;
  const employer = firstLabel(root, DETAIL_COMPANY);
  const canonical = parseUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base);
  const id = (url && jobbermanJobId(url)) ?? (canonical && jobbermanJobId(canonical)) ?? contentId('jobberman', title, employer, description);
  const salaryText = firstLabel(root, DETAIL_SALARY);
  return pageAd(
    {
      id,
      source: 'jobberman',
      url: url?.href ?? canonical?.href,
      title,
      employer,
      location: firstLabel(root, DETAIL_LOCATION),
      // "Confidential" is the board's way of saying no figure; keep it, the text decides.
      salary: salaryFromText(salaryText),
      description,
      applyUrl: absoluteUrl(root.querySelector('a[href*="/apply"]')?.getAttribute('href'), base),
    },
    root,
    'detail',
  );
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const base = url ? url.origin + '/' : BASE;
  const detail = attempt('jobberman', () => readDetail(doc, url, base));
  // On a job page, other /listings/ links are "similar jobs", not a list to read.
  const isJobPage = (url ? /^\/listings\//i.test(url.pathname) : false) || detail !== undefined;
  const cards = isJobPage ? [] : uniqueCards(cardElements(doc, base).map((el) => attempt('jobberman', () => readCard(el, base))));
  return compact([...cards, detail]);
}

function detect(doc: Document): boolean {
  if (/jobberman/i.test(metaContent(doc, 'og:site_name') ?? '') || /\|\s*Jobberman\b/i.test(doc.title)) return true;
  return firstMatch(doc, ['[data-cy="listing-cards-components"]', 'a[href*="jobberman.com/listings/"]']) !== null;
}

export const jobberman: BoardReader = {
  id: 'jobberman',
  name: 'Jobberman',
  matches: isJobbermanJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] jobberman reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.jobberman.com/listings/registered-nurse-lekki-crest-hospital-3g8kdx
// https://www.jobberman.com.gh/listings/staff-nurse-saudi-arabia-goldcoast-horizon-x7k2qp
// https://www.jobberman.com/jobs · https://www.jobberman.com/jobs/medical-pharmaceutical · https://www.jobberman.com/jobs?q=nurse
// Not: https://www.jobberman.com/company/lekki-crest-hospital · https://www.jobberman.com/blog/ · https://jobberman.example.com/listings/x
