// Indeed (every country site): search results with the side pane, and /viewjob pages (DOM,
// plus the `window._initialData` state some pages ship instead of rendered markup).

import type { JobAd } from '../rules/schema';
import { compact, mergeAds, pageAd } from './ad-builder';
import { countryFromLocationText } from './countries';
import { absoluteUrl, allMatches, firstBlockText, firstLabel, firstMatch, metaContent, parseUrl } from './dom-query';
import { elementText } from './dom-text';
import { pathString, pathValue, scriptAssignedObject } from './embedded-json';
import { htmlToText } from './html-text';
import { contentId } from './id';
import { attempt, cardForDetail, firstLabelWhere, insideAny, looksLikePay, uniqueCards } from './reader-kit';
import { salaryFromText } from './salary-text';
import type { BoardReader, PageAd } from './types';

// indeed.com, uk.indeed.com, m.indeed.com, indeed.fr, indeed.co.uk, indeed.com.au, …
// Other subdomains (secure., employers., apply., myjobs.) are not job listings.
const HOST = /^(?:(?:www|m|[a-z]{2})\.)?indeed\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i;

const NON_JOB_PATH =
  /^\/(?:career-advice|career|salaries|salary|companies|hire|legal|about|support|account|resumes?|profile|myjobs|notifications)(?:\/|$)|^\/cmp\/[^/]+(?:\/(?:reviews|salaries|faq|about|photos|locations|interviews|benefits|questions)(?:\/.*)?)?\/?$/i;

/** Job pages on an Indeed country site: search, /viewjob, /job/…, click-through links, company jobs. */
export function isIndeedJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && !NON_JOB_PATH.test(url.pathname);
}

const JOB_KEY = /^[0-9a-f]{16}$/i;

/** "indeed:<jk>" from ?jk= / ?vjk= or /job/<slug>-<jk>. */
export function indeedJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  for (const param of ['jk', 'vjk']) {
    const jk = url.searchParams.get(param);
    if (jk && JOB_KEY.test(jk)) return `indeed:${jk.toLowerCase()}`;
  }
  const fromPath = /\/job\/[^/]*?-?([0-9a-f]{16})\/?$/i.exec(url.pathname)?.[1];
  return fromPath ? `indeed:${fromPath.toLowerCase()}` : undefined;
}

/** The country a country site lists jobs in: uk.indeed.com → GB, indeed.fr → FR, www.indeed.com → US. */
export function indeedSiteCountry(url: URL | undefined): string | undefined {
  if (!url || !HOST.test(url.hostname)) return undefined;
  const host = url.hostname.toLowerCase();
  const sub = /^([a-z]{2})\.indeed\./.exec(host)?.[1];
  const tld = /\.indeed\.(?:co\.|com\.)?([a-z]{2})$/.exec(host)?.[1] ?? /^indeed\.(?:co\.|com\.)?([a-z]{2})$/.exec(host)?.[1];
  const code = sub ?? (host.endsWith('indeed.com') ? 'us' : tld);
  if (!code) return undefined;
  return code === 'uk' ? 'GB' : code.toUpperCase();
}

const CARD_SELECTORS = [
  '.job_seen_beacon', // 2021+ result card
  '.jobsearch-SerpJobCard', // ~2020 result card
  '.result[data-jk]',
  '[data-jk]', // the title link (2021+) or the card itself (~2020)
];

/** The element that holds one whole result, from anything inside it. */
const CARD_CONTAINERS = ['.job_seen_beacon', '.jobsearch-SerpJobCard', '.result', '.cardOutline', 'li'];

const CARD_TITLE = ['h2.jobTitle span[title]', 'h2.jobTitle a', '.jobTitle', 'a.jobtitle', 'h2.title a', '[data-testid="jobTitle"]', 'a[data-jk]', 'h2'];
const CARD_COMPANY = ['[data-testid="company-name"]', '.companyName', '.company', '[data-tn-element="companyName"]'];
const CARD_LOCATION = ['[data-testid="text-location"]', '.companyLocation', '.location'];
const CARD_PAY = ['.salary-snippet-container', '[data-testid="attribute_snippet_testid"]', '.salaryText', '.salary-snippet', '.estimated-salary', '.metadata'];

/** The side pane of a search page, newest first. */
const PANE_ROOTS = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout--embedded', '.jobsearch-RightPane', '#vjs-container'];
/** Markup of a /viewjob page. */
const VIEWJOB_MARKERS = ['#jobDescriptionText', '.jobsearch-JobComponent', '#viewJobSSRRoot'];

const DETAIL_TITLE = ['.jobsearch-JobInfoHeader-title', '[data-testid="jobsearch-JobInfoHeader-title"]', '[data-testid="simpler-jobTitle"]', '#vjs-jobtitle', 'h1'];
const DETAIL_COMPANY = ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating > div:first-child', '.jobsearch-CompanyInfoContainer a', '#vjs-cn'];
const DETAIL_LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '[data-testid="job-location"]', '#vjs-loc'];
const DETAIL_PAY = ['#salaryInfoAndJobType > span:first-child', '#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]', '.jobsearch-JobMetadataHeader-item'];
const DETAIL_DESCRIPTION = ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '[data-testid="jobDescriptionText"]', '.jobsearch-JobComponent-description', '#vjs-desc'];
const DETAIL_BENEFITS = ['#benefits', '[data-testid="benefits-test"]'];
const ACTIVE_CARD = ['.vjs-highlight', '[aria-current="true"]', '.jobsearch-SerpJobCard.clicked'];

function jobKeyIn(el: Element): string | undefined {
  const holders = [el, ...Array.from(el.querySelectorAll('[data-jk]'))];
  for (const holder of holders) {
    const jk = holder.getAttribute('data-jk');
    if (jk && JOB_KEY.test(jk)) return `indeed:${jk.toLowerCase()}`;
  }
  for (const a of Array.from(el.querySelectorAll('a[href*="jk="], a[id^="job_"], a[id^="sj_"]'))) {
    const fromId = /^(?:job|sj)_([0-9a-f]{16})$/i.exec(a.id)?.[1];
    if (fromId) return `indeed:${fromId.toLowerCase()}`;
    const url = parseUrl(a.getAttribute('href'), 'https://www.indeed.com/');
    const id = url && indeedJobId(url);
    if (id) return id;
  }
  return undefined;
}

function cleanTitle(title: string | undefined): string | undefined {
  return title?.replace(/\s*-\s*job post$/i, '').trim() || undefined;
}

function readCard(card: Element, base: string, siteCountry: string | undefined): PageAd | undefined {
  const title = cleanTitle(firstLabel(card, CARD_TITLE));
  if (!title) return undefined;
  const employer = firstLabel(card, CARD_COMPANY);
  const location = firstLabel(card, CARD_LOCATION);
  const description = elementText(card);
  const id = jobKeyIn(card) ?? contentId('indeed', title, employer, description);
  const link = card.querySelector('h2 a[href], a.jobtitle[href], a[data-jk][href]');
  const jk = id.startsWith('indeed:') ? id.slice('indeed:'.length) : undefined;
  return pageAd(
    {
      id,
      source: 'indeed',
      url: jk && JOB_KEY.test(jk) ? new URL(`/viewjob?jk=${jk}`, base).href : absoluteUrl(link?.getAttribute('href'), base),
      title,
      employer,
      location,
      boardCountry: siteCountry ?? countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(card, CARD_PAY, looksLikePay)),
      description,
    },
    card,
    'card',
  );
}

function readDomDetail(doc: Document, url: URL | undefined, cards: readonly PageAd[], siteCountry: string | undefined): PageAd | undefined {
  const pane = firstMatch(doc, PANE_ROOTS);
  const scope = pane ?? (firstMatch(doc, VIEWJOB_MARKERS) ? doc.body : null);
  if (!scope) return undefined;
  const title = cleanTitle(firstLabel(scope, DETAIL_TITLE));
  const body = firstBlockText(scope, DETAIL_DESCRIPTION);
  if (!title || !body) return undefined;
  const benefits = firstBlockText(scope, DETAIL_BENEFITS);
  const description = benefits && !body.includes(benefits) ? `${body}\n\n${benefits}` : body;
  const employer = firstLabel(scope, DETAIL_COMPANY);
  const location = firstLabel(scope, DETAIL_LOCATION);
  const id =
    (url && indeedJobId(url)) ??
    (pane ? jobKeyIn(pane) : undefined) ??
    cardForDetail(cards, title, ACTIVE_CARD)?.ad.id ??
    contentId('indeed', title, employer, body);
  return pageAd(
    {
      id,
      source: 'indeed',
      url: url?.href,
      title,
      employer,
      location,
      boardCountry: siteCountry ?? countryFromLocationText(location),
      salary: salaryFromText(firstLabelWhere(scope, DETAIL_PAY, looksLikePay)),
      description,
    },
    pane ?? firstMatch(doc, ['.jobsearch-ViewJobLayout', '#viewJobSSRRoot', '.jobsearch-JobComponent']) ?? scope,
    'detail',
  );
}

/** The job in `window._initialData`, which some /viewjob pages ship instead of markup. */
function initialDataAd(doc: Document, url: URL | undefined): JobAd | undefined {
  const data = scriptAssignedObject(doc, '_initialData');
  if (!data) return undefined;
  const job = pathValue(data, 'hostQueryExecutionResult.data.jobData.results.0.job');
  const header = 'jobInfoWrapperModel.jobInfoModel.jobInfoHeaderModel';
  const jk = pathString(data, 'jobKey') ?? pathString(job, 'key');
  const title = pathString(data, `${header}.jobTitle`) ?? pathString(data, 'jobTitle') ?? pathString(job, 'title');
  if (!jk || !JOB_KEY.test(jk) || !title) return undefined;
  const sanitized = pathValue(data, 'jobInfoWrapperModel.jobInfoModel.sanitizedJobDescription');
  const html =
    (typeof sanitized === 'string' ? sanitized : pathString(sanitized, 'content')) ??
    pathString(job, 'description.html') ??
    pathString(job, 'description.text') ??
    '';
  const benefitList = pathValue(data, 'benefitsModel.benefits');
  const benefits = (Array.isArray(benefitList) ? benefitList : [])
    .map((b) => pathString(b, 'label'))
    .filter((b): b is string => !!b);
  const text = htmlToText(html);
  const description = [text, benefits.length > 0 ? `Benefits:\n${benefits.map((b) => `• ${b}`).join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n');
  const ad = pageAd(
    {
      id: `indeed:${jk.toLowerCase()}`,
      source: 'indeed',
      url: url?.href ?? pathString(job, 'url'),
      title,
      employer: pathString(data, `${header}.companyName`) ?? pathString(job, 'sourceEmployerName') ?? pathString(data, 'jobMetadataFooterModel.advertiserName'),
      location: pathString(data, `${header}.formattedLocation`) ?? pathString(data, 'jobLocation') ?? pathString(job, 'location.formatted.long'),
      boardCountry: pathString(job, 'location.countryCode') ?? pathString(data, 'country') ?? indeedSiteCountry(url),
      salary: salaryFromText(pathString(data, 'salaryInfoModel.salaryText')),
      description,
      lang: pathString(data, 'language') ?? pathString(job, 'language'),
    },
    doc.body ?? doc.documentElement,
    'detail',
  );
  return ad?.ad;
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const base = url?.href ?? 'https://www.indeed.com/';
  const siteCountry = indeedSiteCountry(url);
  const panes = [firstMatch(doc, PANE_ROOTS)].filter((el): el is Element => el !== null);
  const containers = new Set<Element>();
  for (const el of allMatches(doc, CARD_SELECTORS)) {
    if (insideAny(el, panes)) continue;
    containers.add(firstMatchUp(el, CARD_CONTAINERS) ?? el);
  }
  const cards = uniqueCards([...containers].map((card) => attempt('indeed', () => readCard(card, base, siteCountry))));
  const domDetail = attempt('indeed', () => readDomDetail(doc, url, cards, siteCountry));
  const stateAd = attempt('indeed', () => initialDataAd(doc, url));
  let detail = domDetail;
  if (stateAd && domDetail && stateAd.id === domDetail.ad.id) detail = { ...domDetail, ad: mergeAds(domDetail.ad, stateAd) };
  else if (stateAd && !domDetail) detail = { ad: stateAd, element: doc.body ?? doc.documentElement, kind: 'detail' };
  return compact([...cards, detail]);
}

function firstMatchUp(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

function detect(doc: Document): boolean {
  if (/indeed/i.test(metaContent(doc, 'og:site_name') ?? '')) return true;
  if (firstMatch(doc, ['[data-jk]', '.jobsearch-SerpJobCard', '.job_seen_beacon', '#jobDescriptionText', '#mosaic-provider-jobcards', '.jobsearch-JobComponent'])) return true;
  return Array.from(doc.querySelectorAll('script:not([src])')).some((s) => {
    const text = s.textContent ?? '';
    return text.includes('_initialData') && /indeed\.com/.test(text);
  });
}

export const indeed: BoardReader = {
  id: 'indeed',
  name: 'Indeed',
  matches: isIndeedJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] indeed reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.indeed.com/viewjob?jk=bf873f62104b48b5
// https://uk.indeed.com/jobs?q=care+assistant+visa+sponsorship&l=&vjk=5c8e21aa7f03d9b4
// https://uk.indeed.com/job/senior-care-assistant-5c8e21aa7f03d9b4
// https://ca.indeed.com/jobs?q=registered+nurse · https://au.indeed.com/q-aged-care-jobs.html
// https://fr.indeed.com/emplois?q=infirmier · https://www.indeed.fr/viewjob?jk=a44c0b9e1fd20d1a
// https://www.indeed.com/rc/clk?jk=a44c0b9e1fd20d1a · https://m.indeed.com/viewjob?jk=a44c0b9e1fd20d1a
// Not: https://www.indeed.com/career-advice/… · https://uk.indeed.com/cmp/Acme/reviews ·
//      https://secure.indeed.com/account/login · https://indeed.example.com/viewjob?jk=…
