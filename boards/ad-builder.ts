// Assembling JobAd objects: drop empty fields, never an empty description, merge two reads.

import type { JobAd, Salary } from '../rules/schema';
import type { AdKind, PageAd } from './types';

export type AdFields = { [K in keyof JobAd]?: JobAd[K] | null };

function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function cleanSalary(salary: Salary | null | undefined): Salary | undefined {
  if (!salary) return undefined;
  const out: Salary = {};
  const text = cleanString(salary.text);
  if (text) out.text = text;
  const currency = cleanString(salary.currency);
  if (currency) out.currency = currency.toUpperCase();
  if (typeof salary.min === 'number' && Number.isFinite(salary.min)) out.min = salary.min;
  if (typeof salary.max === 'number' && Number.isFinite(salary.max)) out.max = salary.max;
  const unit = cleanString(salary.unit);
  if (unit) out.unit = unit.toUpperCase();
  return Object.keys(out).length > 0 ? out : undefined;
}

/** "en-GB", "fr_BE", "PT" → "en", "fr", "pt"; anything else → undefined. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * A JobAd from whatever a reader found. Returns undefined when there is nothing to analyse
 * (no description and no title): an ad with an empty description is never produced.
 */
export function buildAd(fields: AdFields): JobAd | undefined {
  const id = cleanString(fields.id);
  const title = cleanString(fields.title);
  const description = cleanString(fields.description) ?? title;
  if (!id || !description) return undefined;
  const ad: JobAd = { id, description };
  const strings = [
    'source', 'url', 'title', 'employer', 'agency', 'location', 'contact', 'applyUrl',
    'datePosted',
  ] as const;
  for (const key of strings) {
    const value = cleanString(fields[key]);
    if (value) ad[key] = value;
  }
  for (const key of ['country', 'boardCountry'] as const) {
    const value = cleanString(fields[key])?.toUpperCase();
    if (value && /^[A-Z]{2}$/.test(value)) ad[key] = value;
  }
  const lang = primaryLanguage(fields.lang);
  if (lang) ad.lang = lang;
  const salary = cleanSalary(fields.salary);
  if (salary) ad.salary = salary;
  const countries = (fields.applicantCountries ?? []).map(cleanString).filter((c): c is string => !!c);
  if (countries.length > 0) ad.applicantCountries = [...new Set(countries)];
  if (fields.partial) ad.partial = true;
  return ad;
}

/** A PageAd, or nothing when the ad could not be built. */
export function pageAd(fields: AdFields, element: Element, kind: AdKind): PageAd | undefined {
  const ad = buildAd(kind === 'card' ? { ...fields, partial: true } : fields);
  return ad ? { ad, element, kind } : undefined;
}

/** Collects PageAds from builders that may return nothing. */
export function compact(ads: ReadonlyArray<PageAd | undefined>): PageAd[] {
  return ads.filter((a): a is PageAd => a !== undefined);
}

/**
 * Two reads of the same job: `primary` wins field by field, `secondary` fills the gaps
 * (e.g. board DOM + the page's JSON-LD, or a list card + the open detail).
 */
export function mergeAds(primary: JobAd, secondary: JobAd): JobAd {
  const merged: JobAd = { ...secondary, ...definedFields(primary) };
  if (primary.salary || secondary.salary) {
    merged.salary = { ...secondary.salary, ...definedFields(primary.salary ?? {}) };
  }
  const countries = [...(primary.applicantCountries ?? []), ...(secondary.applicantCountries ?? [])];
  if (countries.length > 0) merged.applicantCountries = [...new Set(countries)];
  if (!primary.partial || !secondary.partial) delete merged.partial;
  return merged;
}

function definedFields<T extends object>(obj: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(obj) as Array<[keyof T, T[keyof T]]>) {
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
