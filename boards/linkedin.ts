// LinkedIn jobs: guest job view, guest search (cards + detail pane), and the signed-in two-pane
// views (/jobs/search/?currentJobId=…, /jobs/collections/…). LinkedIn renames classes often, so
// every field has several selectors, newest first, and ids come from data- attributes and URLs.

import { compact, pageAd } from './ad-builder';
import { countryFromLocationText } from './countries';
import { elementText } from './dom-text';
import { absoluteUrl, allMatches, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { contentId } from './id';
import { salaryFromText } from './salary-text';
import { attempt, cardForDetail, firstLabelWhere, insideAny, looksLikePay, uniqueCards } from './reader-kit';
import type { BoardReader, PageAd } from './types';

const HOST = /(^|\.)linkedin\.com$/i;

/** Any LinkedIn jobs page: /jobs/…, /jobs-guest/…, /comm/jobs/…. */
export function isLinkedInJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && /^\/(jobs|jobs-guest|comm\/jobs)(\/|$)/i.test(url.pathname);
}

/** "linkedin:<digits>" from ?currentJobId=, /jobs/view/<slug>-<id>, or the guest API path. */
export function linkedinJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return `linkedin:${current}`;
  const view = /\/jobs\/view\/(?:[^/]*-)?(\d{5,})(?:\/|$)/i.exec(url.pathname);
  if (view?.[1]) return `linkedin:${view[1]}`;
  const api = /\/jobPosting\/(\d{5,})/i.exec(url.pathname);
  return api?.[1] ? `linkedin:${api[1]}` : undefined;
}

const CARD_SELECTORS = [
  '[data-occludable-job-id]', // signed-in list item, present even when the card is virtualised
  '.job-card-container[data-job-id]', // signed-in card body
  '[data-view-name="job-card"]', // signed-in markup with obfuscated classes
  '.base-card[data-entity-urn]', // guest search, 2021+
  '.base-search-card', // guest search, without the urn
  '.result-card[data-id]', // guest search, ~2020
  '.job-result-card',
  '[data-job-id]',
];

const CARD_TITLE = [
  '.job-card-list__title',
  '.job-card-container__link',
  '.artdeco-entity-lockup__title',
  '.base-search-card__title',
  '.result-card__title',
  '.job-result-card__title',
  'h3',
  'a[href*="/jobs/view/"]',
];

const CARD_COMPANY = [
  '.artdeco-entity-lockup__subtitle',
  '.job-card-container__primary-description',
  '.job-card-container__company-name',
  '.base-search-card__subtitle',
  '.result-card__subtitle',
  '.job-result-card__subtitle',
  'h4',
];

const CARD_LOCATION = [
  '.job-card-container__metadata-item',
  '.artdeco-entity-lockup__caption',
  '.job-search-card__location',
  '.job-result-card__location',
];

const CARD_PAY = [
  '.job-search-card__salary-info',
  '.job-card-container__salary-info',
  '.job-card-container__metadata-item',
  '.artdeco-entity-lockup__metadata',
];

/** Containers of the open job: signed-in panes first, then the guest search pane. */
const DETAIL_ROOTS = [
  '.jobs-search__job-details--container',
  '.jobs-search__job-details',
  '.scaffold-layout__detail',
  '.jobs-details',
  '.job-view-layout',
  '.details-pane__content',
];

/** Markup of a page that is itself one job (guest /jobs/view/). */
const SINGLE_JOB_MARKERS = ['.top-card-layout', '.jobs-unified-top-card', '.job-details-jobs-unified-top-card__container--two-pane'];

const DETAIL_TITLE = [
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  'h1',
];

const DETAIL_COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.top-card-layout__second-subline .topcard__flavor',
  '.topcard__flavor',
];

const DETAIL_LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];

const DETAIL_PAY = [
  '.compensation__salary',
  '.job-details-preferences-and-skills__pill',
  '.job-details-jobs-unified-top-card__job-insight',
  '.jobs-unified-top-card__job-insight',
];

const DETAIL_DESCRIPTION = [
  '#job-details',
  '.jobs-description__content',
  '.jobs-description-content__text',
  '.jobs-box__html-content',
  '.show-more-less-html__markup',
  '.description__text',
  '.jobs-description',
];

/** How the list marks the card whose job the pane shows. */
const ACTIVE_CARD = [
  '.jobs-search-results-list__list-item--active',
  '.job-card-container--active',
  '.job-card__contents--active',
  '[aria-current="page"]',
];

function idFromAttributes(el: Element): string | undefined {
  for (const attr of ['data-occludable-job-id', 'data-job-id']) {
    const value = el.getAttribute(attr) ?? el.querySelector(`[${attr}]`)?.getAttribute(attr);
    if (value && /^\d+$/.test(value)) return `linkedin:${value}`;
  }
  const urn = el.getAttribute('data-entity-urn') ?? el.querySelector('[data-entity-urn]')?.getAttribute('data-entity-urn');
  const fromUrn = urn ? /jobPosting:(\d+)/.exec(urn)?.[1] : undefined;
  if (fromUrn) return `linkedin:${fromUrn}`;
  const dataId = el.getAttribute('data-id');
  if (dataId && /^\d+$/.test(dataId) && el.matches('.result-card, .job-result-card')) return `linkedin:${dataId}`;
  return undefined;
}

function idFromLinks(el: Element): string | undefined {
  for (const a of Array.from(el.querySelectorAll('a[href*="/jobs/view/"], a[href*="currentJobId="]'))) {
    const url = parseUrl(a.getAttribute('href'), 'https://www.linkedin.com/');
    const id = url && linkedinJobId(url);
    if (id) return id;
  }
  return undefined;
}

function readCard(card: Element, base: string): PageAd | undefined {
  const title = firstLabel(card, CARD_TITLE);
  if (!title) return undefined; // a virtualised placeholder not yet rendered
  const employer = firstLabel(card, CARD_COMPANY);
  const location = firstLabel(card, CARD_LOCATION);
  const link = card.querySelector('a[href*="/jobs/view/"]');
  const description = elementText(card);
  return pageAd(
    {
      id: idFromAttributes(card) ?? idFromLinks(card) ?? contentId('linkedin', title, employer, description),
      source: 'linkedin',
      url: absoluteUrl(link?.getAttribute('href'), base),
      title,
      employer,
      location,
      boardCountry: countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(card, CARD_PAY, looksLikePay)),
      description,
      datePosted: card.querySelector('time[datetime]')?.getAttribute('datetime'),
    },
    card,
    'card',
  );
}

/** The job's own page for a numeric LinkedIn id. */
function jobViewUrl(id: string): string | undefined {
  const n = /^linkedin:(\d+)$/.exec(id)?.[1];
  return n ? `https://www.linkedin.com/jobs/view/${n}/` : undefined;
}

/** The apply URL the guest page hides in a comment inside <code id="applyUrl">. */
function guestApplyUrl(doc: Document): string | undefined {
  const code = doc.getElementById('applyUrl');
  const comment = Array.from(code?.childNodes ?? []).find((n) => n.nodeType === 8);
  const raw = comment?.nodeValue?.trim().replace(/^"|"$/g, '');
  return absoluteUrl(raw);
}

function readDetail(doc: Document, url: URL | undefined, cards: readonly PageAd[]): PageAd | undefined {
  const pane = firstMatch(doc, DETAIL_ROOTS);
  const singleJob = pane ? undefined : firstMatch(doc, SINGLE_JOB_MARKERS);
  const scope = pane ?? (singleJob ? doc.body : null);
  if (!scope) return undefined;
  const title = firstLabel(scope, DETAIL_TITLE);
  const description = firstBlockText(scope, DETAIL_DESCRIPTION);
  if (!title || !description) return undefined;
  const employer = firstLabel(scope, DETAIL_COMPANY);
  const location = firstLabel(scope, DETAIL_LOCATION);
  const urn = scope.querySelector('[data-semaphore-content-urn*="jobPosting"]')?.getAttribute('data-semaphore-content-urn');
  const urnId = urn ? /jobPosting:(\d+)/.exec(urn)?.[1] : undefined;
  const id =
    (url && linkedinJobId(url)) ??
    (urnId ? `linkedin:${urnId}` : undefined) ??
    (pane ? idFromAttributes(pane) ?? idFromLinks(pane) : undefined) ??
    cardForDetail(cards, title, ACTIVE_CARD)?.ad.id ??
    contentId('linkedin', title, employer, description);
  return pageAd(
    {
      id,
      source: 'linkedin',
      url: jobViewUrl(id) ?? url?.href,
      title,
      employer,
      location,
      boardCountry: countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(scope, DETAIL_PAY, looksLikePay)),
      description,
      applyUrl: guestApplyUrl(doc),
    },
    singleJob ?? pane ?? scope,
    'detail',
  );
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const base = url?.href ?? 'https://www.linkedin.com/';
  const detailRoots = [firstMatch(doc, DETAIL_ROOTS)].filter((el): el is Element => el !== null);
  const cardElements = allMatches(doc, CARD_SELECTORS).filter((el) => !insideAny(el, detailRoots));
  const cards = uniqueCards(cardElements.map((el) => attempt('linkedin', () => readCard(el, base))));
  const detail = attempt('linkedin', () => readDetail(doc, url, cards));
  return compact([...cards, detail]);
}

function detect(doc: Document): boolean {
  const pageKey = metaContent(doc, 'pageKey') ?? '';
  if (/^d_jobs/.test(pageKey)) return true;
  if (/linkedin/i.test(metaContent(doc, 'og:site_name') ?? '')) return true;
  return firstMatch(doc, ['.top-card-layout', '.base-search-card', '.job-result-card', '[data-occludable-job-id]', '.jobs-search__job-details', '.jobs-unified-top-card']) !== null;
}

export const linkedin: BoardReader = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: isLinkedInJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] linkedin reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.linkedin.com/jobs/view/3940018826/
// https://uk.linkedin.com/jobs/view/staff-nurse-at-kestrel-vale-nhs-foundation-trust-3940018826
// https://www.linkedin.com/jobs/search/?currentJobId=3940018826&keywords=registered%20nurse
// https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3940018826
// https://bg.linkedin.com/jobs/qa-automation-jobs-sofia
// https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3940018826
// Not: https://www.linkedin.com/in/some-nurse/ · https://www.linkedin.com/feed/ · https://linkedin.com.example.net/jobs/view/1
