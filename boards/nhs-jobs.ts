// NHS Jobs (jobs.nhs.uk): adverts at /candidate/jobadvert/<ref> (stable element ids) and search
// results as li.search-result with data-test hooks. Also the pre-2022 /xi/vacancy/<n> pages.

import { compact, pageAd } from './ad-builder';
import { absoluteUrl, allMatches, firstLabel, firstMatch, metaContent, ownText, parseUrl, valueAfterLabel } from './dom-query';
import { elementText, inlineText } from './dom-text';
import { contentId } from './id';
import { attempt } from './reader-kit';
import { salaryFromText } from './salary-text';
import type { BoardReader, PageAd } from './types';

const HOST = /^(?:www\.|beta\.)?jobs\.nhs\.uk$/i;

/** Adverts and searches on jobs.nhs.uk (not the employer or help pages). */
export function isNhsJobsPage(url: URL): boolean {
  return HOST.test(url.hostname) && /^\/(?:candidate\/(?:jobadvert|search)|xi\/(?:vacancy|search_vacancy|browse))/i.test(url.pathname);
}

/** "nhs-jobs:<ref>" from /candidate/jobadvert/<ref> or /xi/vacancy/<n>. */
export function nhsJobId(url: URL): string | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const ref = /^\/candidate\/jobadvert\/([A-Za-z0-9-]+)/.exec(url.pathname)?.[1] ?? /^\/xi\/vacancy\/([A-Za-z0-9-]+)/.exec(url.pathname)?.[1];
  return ref ? `nhs-jobs:${ref}` : undefined;
}

const BASE = 'https://www.jobs.nhs.uk/';

const RESULT_SELECTORS = ['li.search-result', '[data-test="search-result"]'];
const RESULT_TITLE = ['[data-test="search-result-job-title"]', 'h2 a', 'h2', 'h3 a'];
const RESULT_LOCATION_BLOCK = ['[data-test="search-result-location"]'];
const RESULT_SALARY = ['[data-test="search-result-salary"] span', '[data-test="search-result-salary"]'];

const ADVERT_TITLE = ['#heading', 'h1[data-test="heading"]', 'h1'];
const ADVERT_EMPLOYER = ['#employer_name', '[data-test="employer-name"]'];
const ADVERT_ADDRESS = ['#employer_address_line_1', '#employer_address_line_2', '#employer_town', '#employer_postcode'];
const ADVERT_SALARY = ['#fixed_salary', '#salary', '[data-test="salary"]'];
/** Sections of the advert text; all present ones are read, in page order. */
const ADVERT_SECTIONS = [
  '#job_overview',
  '#main_duties',
  '#job_description',
  '#about_us',
  '#job_description_person_spec',
  '#detailed_job_description',
  '#person_specification',
  '#requirements',
  '#supporting_documents',
];
const ADVERT_CONTACT = ['#contact_details', '[data-test="contact-details"]'];
const ADVERT_REFERENCE = ['#trac-job-reference', '[data-test="job-reference"]'];

/** Employer and place from the result's location block: "<h3>Employer<div>Town, PC</div></h3>". */
function resultEmployerAndPlace(result: Element): { employer?: string; location?: string } {
  const block = firstMatch(result, RESULT_LOCATION_BLOCK);
  if (!block) return {};
  const heading = block.querySelector('h3') ?? block;
  const place = heading.querySelector('div, p, span');
  const employer = ownText(heading) || undefined;
  const location = place ? inlineText(place) : undefined;
  return { employer: employer ?? (location ? undefined : inlineText(block)), location };
}

function readResult(result: Element): PageAd | undefined {
  const title = firstLabel(result, RESULT_TITLE);
  if (!title) return undefined;
  const href = firstMatch(result, ['[data-test="search-result-job-title"]', 'a[href*="/jobadvert/"]'])?.getAttribute('href');
  const url = parseUrl(href, BASE);
  const { employer, location } = resultEmployerAndPlace(result);
  const description = elementText(result);
  return pageAd(
    {
      id: (url && nhsJobId(url)) ?? contentId('nhs-jobs', title, employer, description),
      source: 'nhs-jobs',
      url: url ? `${url.origin}${url.pathname}` : undefined,
      title,
      employer,
      location,
      boardCountry: 'GB',
      salary: salaryFromText(firstLabel(result, RESULT_SALARY)?.replace(/^salary:\s*/i, '')),
      description,
    },
    result,
    'card',
  );
}

/** Text of a summary-list value by its label ("Salary", "Reference number"). */
function labelledValue(doc: Document, label: RegExp): string | undefined {
  const cell = valueAfterLabel(doc, label);
  return cell ? inlineText(cell) || undefined : undefined;
}

function advertReference(doc: Document): string | undefined {
  const text = firstLabel(doc, ADVERT_REFERENCE) ?? labelledValue(doc, /reference number/i);
  return text && /^[A-Za-z0-9-]{4,}$/.test(text) ? text : undefined;
}

function readAdvert(doc: Document, url: URL | undefined): PageAd | undefined {
  const titleEl = firstMatch(doc, ADVERT_TITLE);
  const title = titleEl ? inlineText(titleEl) : undefined;
  const sections = allMatches(doc, ADVERT_SECTIONS).filter((el, i, all) => !all.some((o, j) => j !== i && o.contains(el)));
  const main = doc.querySelector('main, #main-content') ?? doc.body;
  // Section ids renamed but still an NHS advert: read the main content rather than nothing.
  const body =
    sections.length > 0
      ? sections.map(elementText).filter(Boolean).join('\n\n')
      : main && firstMatch(doc, ADVERT_EMPLOYER)
        ? elementText(main)
        : undefined;
  if (!title || !body) return undefined;
  const employer = firstLabel(doc, ADVERT_EMPLOYER);
  const address = ADVERT_ADDRESS.map((s) => firstLabel(doc, [s])).filter(Boolean).join(', ');
  const salaryText = firstLabel(doc, ADVERT_SALARY) ?? labelledValue(doc, /^salary$/i);
  const contactEl = firstMatch(doc, ADVERT_CONTACT);
  const contact = contactEl ? elementText(contactEl).replace(/^contact details\s*/i, '') : undefined;
  const description = contact && !body.includes(contact) ? `${body}\n\n${contact}` : body;
  const ref = advertReference(doc);
  const id = (url && nhsJobId(url)) ?? (ref ? `nhs-jobs:${ref}` : undefined) ?? contentId('nhs-jobs', title, employer, body);
  return pageAd(
    {
      id,
      source: 'nhs-jobs',
      url: url?.href ?? (ref ? `${BASE}candidate/jobadvert/${ref}` : undefined),
      title,
      employer,
      location: address || labelledValue(doc, /^location$/i),
      boardCountry: 'GB',
      salary: salaryFromText(salaryText),
      description,
      contact,
      applyUrl: absoluteUrl(doc.querySelector('a[href*="/apply"], #apply_button a, a#apply_button')?.getAttribute('href'), url ?? BASE),
    },
    main ?? titleEl ?? doc.documentElement,
    'detail',
  );
}

function readAds(doc: Document, url?: URL): PageAd[] {
  const results = allMatches(doc, RESULT_SELECTORS).filter((el, i, all) => !all.some((o, j) => j !== i && o.contains(el)));
  const cards = results.map((result) => attempt('nhs-jobs', () => readResult(result)));
  const advert = results.length === 0 ? attempt('nhs-jobs', () => readAdvert(doc, url)) : undefined;
  return compact([...cards, advert]);
}

function detect(doc: Document): boolean {
  if (/nhs jobs/i.test(metaContent(doc, 'og:site_name') ?? '') || /\|\s*NHS Jobs\s*$/i.test(doc.title)) return true;
  return firstMatch(doc, ['li.search-result [data-test="search-result-job-title"]', '#employer_name', '#trac-job-reference']) !== null;
}

export const nhsJobs: BoardReader = {
  id: 'nhs-jobs',
  name: 'NHS Jobs',
  matches: isNhsJobsPage,
  detect,
  readAds: (doc, url) => {
    try {
      return readAds(doc, url);
    } catch (error) {
      console.warn('[recruit-lens] nhs-jobs reader failed', error);
      return [];
    }
  },
};

// Test URLs:
// https://www.jobs.nhs.uk/candidate/jobadvert/C9177-25-0366
// https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse&language=en
// https://beta.jobs.nhs.uk/candidate/jobadvert/C9402-25-0198
// https://www.jobs.nhs.uk/xi/vacancy/915897886
// Not: https://www.jobs.nhs.uk/ · https://www.jobs.nhs.uk/about · https://www.nhs.uk/candidate/jobadvert/C1 ·
//      https://jobs.nhs.uk.example.com/candidate/jobadvert/C1
