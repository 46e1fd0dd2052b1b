// schema.org JobPosting (from JSON-LD, microdata or a .json file) → JobAd.
// Structured data in the wild is loose: any property may be a string, an object, an array of
// either, or missing, and numbers arrive as strings. Every accessor here tolerates all of that.

import type { JobAd, Salary } from '../rules/schema';
import { buildAd } from './ad-builder';
import { countryCode } from './countries';
import { htmlToText } from './html-text';
import { contentId } from './id';
import { jobIdFromUrl } from './job-ids';

export interface JobPostingOptions {
  /** JobAd.source and id prefix when no better id exists: 'json-ld', 'microdata', 'json'. */
  source?: string;
  /** URL of the page or file the posting came from; resolves relative urls. */
  pageUrl?: string;
  /** The posting is the only one on its page, so the page URL identifies it. */
  onlyPosting?: boolean;
  /** Board job id for a URL (default: the built-in boards'). */
  idForUrl?: (url: string) => string | undefined;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Plain text of a scalar-ish value: "x", 12, {"@value": "x"}, {"name": "x"}, ["x", …]. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textValue(item);
      if (text) return text;
    }
    return undefined;
  }
  if (isObj(value)) return textValue(value['@value']) ?? textValue(value['name']);
  return undefined;
}

/** "35000.00", "£29,970", 29970 → number; anything else → undefined. */
function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const stripped = value.replace(/[£$€₦\s,]/g, '');
  return /^-?\d+(\.\d+)?$/.test(stripped) ? Number(stripped) : undefined;
}

function organizationName(value: unknown): string | undefined {
  for (const org of asList(value)) {
    const name = typeof org === 'string' ? org.trim() : isObj(org) ? textValue(org['name']) ?? textValue(org['legalName']) : undefined;
    if (name) return name;
  }
  return undefined;
}

interface PlaceInfo {
  text?: string;
  country?: string;
}

function placeInfo(place: unknown): PlaceInfo {
  if (typeof place === 'string') return { text: place.trim(), country: countryCode(place) };
  if (!isObj(place)) return {};
  const address = place['address'] ?? (place['addressLocality'] || place['addressCountry'] ? place : undefined);
  if (typeof address === 'string') return { text: address.trim() };
  if (!isObj(address)) return { text: textValue(place['name']) };
  const countryRaw = address['addressCountry'];
  const countryText = textValue(countryRaw);
  const parts = [textValue(address['addressLocality']), textValue(address['addressRegion']), countryText];
  const text = [...new Set(parts.filter((p): p is string => !!p))].join(', ') || textValue(place['name']);
  return { text, country: countryCode(countryRaw) };
}

function locationOf(posting: Obj): { location?: string; country?: string } {
  const places = asList(posting['jobLocation']).map(placeInfo);
  const texts = [...new Set(places.map((p) => p.text).filter((t): t is string => !!t))];
  if (asList(posting['jobLocationType']).some((t) => textValue(t)?.toUpperCase() === 'TELECOMMUTE')) {
    texts.unshift('Remote');
  }
  const countries = new Set(places.map((p) => p.country).filter((c): c is string => !!c));
  return {
    location: texts.join('; ') || undefined,
    // Several different countries: no single destination, the text keeps them all.
    country: countries.size === 1 ? [...countries][0] : undefined,
  };
}

function formatAmount(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

function salaryOf(posting: Obj): Salary | undefined {
  const amount = asList(posting['baseSalary'] ?? posting['estimatedSalary'])[0];
  if (amount === undefined) return undefined;
  if (typeof amount === 'string' || typeof amount === 'number') return { text: String(amount) };
  if (!isObj(amount)) return undefined;
  const salary: Salary = {};
  const currency = textValue(amount['currency']) ?? textValue(posting['salaryCurrency']);
  if (currency) salary.currency = currency.toUpperCase();
  const value = asList(amount['value'])[0];
  const quantity: Obj = isObj(value) ? value : { value };
  const single = numberValue(quantity['value']);
  const min = numberValue(quantity['minValue']) ?? single;
  const max = numberValue(quantity['maxValue']);
  if (min !== undefined) salary.min = min;
  if (max !== undefined && max !== min) salary.max = max;
  const unit = textValue(quantity['unitText']) ?? textValue(amount['unitText']);
  if (unit) salary.unit = unit.toUpperCase();
  const written = typeof quantity['value'] === 'string' && single === undefined ? quantity['value'].trim() : undefined;
  salary.text = written || describeSalary(salary);
  return salary.text || salary.min !== undefined ? salary : undefined;
}

function describeSalary(s: Salary): string | undefined {
  if (s.min === undefined) return undefined;
  const range = s.max !== undefined ? `${formatAmount(s.min)}–${formatAmount(s.max)}` : formatAmount(s.min);
  return [s.currency, range, s.unit ? `per ${s.unit.toLowerCase()}` : undefined].filter(Boolean).join(' ');
}

function applicantCountriesOf(posting: Obj): string[] {
  const out: string[] = [];
  for (const req of asList(posting['applicantLocationRequirements'])) {
    if (typeof req === 'string') out.push(req);
    else if (isObj(req)) {
      const address = isObj(req['address']) ? req['address'] : undefined;
      const name = textValue(req['name']) ?? textValue(req['identifier']) ?? textValue(address?.['addressCountry']);
      if (name) out.push(name);
    }
  }
  return out.map((c) => c.trim()).filter(Boolean);
}

/** Free-text properties that belong to the ad's text besides `description`. */
const EXTRA_TEXT_PROPERTIES = [
  'responsibilities',
  'qualifications',
  'skills',
  'experienceRequirements',
  'educationRequirements',
  'eligibilityToWorkRequirement',
  'jobBenefits',
  'incentiveCompensation',
  'specialCommitments',
] as const;

function descriptionOf(posting: Obj): string {
  const main = htmlToText(textValue(posting['description']) ?? '');
  const parts = [main];
  for (const key of EXTRA_TEXT_PROPERTIES) {
    for (const value of asList(posting[key])) {
      if (typeof value !== 'string') continue;
      const text = htmlToText(value);
      if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    }
  }
  return parts.filter(Boolean).join('\n\n');
}

function contactOf(posting: Obj): string | undefined {
  const contact = asList(posting['applicationContact'])[0];
  if (typeof contact === 'string') return contact;
  if (!isObj(contact)) return undefined;
  const parts = ['name', 'email', 'telephone', 'url'].map((k) => textValue(contact[k]));
  return parts.filter(Boolean).join(', ') || undefined;
}

function applyUrlOf(posting: Obj, url: string | undefined): string | undefined {
  for (const action of asList(posting['potentialAction'])) {
    if (!isObj(action)) continue;
    const target = action['target'];
    const href = typeof target === 'string' ? target : isObj(target) ? textValue(target['urlTemplate']) ?? textValue(target['url']) : undefined;
    if (href) return href;
  }
  return posting['directApply'] === true || posting['directApply'] === 'true' ? url : undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

function identifierOf(posting: Obj): string | undefined {
  for (const id of asList(posting['identifier'])) {
    const value = isObj(id) ? textValue(id['value']) ?? textValue(id['@id']) : textValue(id);
    if (value) return value;
  }
  return undefined;
}

/**
 * A schema.org JobPosting object as a JobAd. Never throws; odd input gives a thinner ad, and a
 * posting with neither title nor description gives an empty description ("not enough data").
 */
export function jobPostingToAd(input: unknown, options: JobPostingOptions = {}): JobAd {
  const posting: Obj = isObj(input) ? input : {};
  const source = options.source ?? 'json-ld';
  const idForUrl = options.idForUrl ?? jobIdFromUrl;
  const postingUrl = absolute(textValue(posting['url']), options.pageUrl);
  const url = postingUrl ?? options.pageUrl;
  const title = textValue(posting['title']) ?? textValue(posting['name']);
  const employer = organizationName(posting['hiringOrganization']);
  const description = descriptionOf(posting);
  const { location, country } = locationOf(posting);
  const identifier = identifierOf(posting);
  const id =
    (postingUrl && idForUrl(postingUrl)) ??
    (options.onlyPosting && options.pageUrl ? idForUrl(options.pageUrl) : undefined) ??
    (identifier ? `${source}:${identifier}` : undefined) ??
    (postingUrl ? contentId(source, postingUrl) : undefined) ??
    contentId(source, title, employer, description);
  const ad = buildAd({
    id,
    source,
    url,
    title,
    employer,
    location,
    country,
    salary: salaryOf(posting),
    description,
    contact: contactOf(posting),
    applyUrl: absolute(applyUrlOf(posting, url), options.pageUrl),
    applicantCountries: applicantCountriesOf(posting),
    datePosted: textValue(posting['datePosted']),
    lang: textValue(posting['inLanguage']),
  });
  return ad ?? { id, source, description: '' };
}
