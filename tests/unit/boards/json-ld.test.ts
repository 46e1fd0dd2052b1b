import { describe, expect, it } from 'vitest';
import { readPage } from '../../../boards/index';
import { findJobPostings, jobPostingToAd, jsonLdPostings, parseJsonLd, readStructuredAds } from '../../../boards/json-ld';
import { parseHtml } from '../../../boards/parse-html';

function page(head: string, body = '<h1>Care Assistant</h1>'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}

function ldScript(value: unknown): string {
  return `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
}

const POSTING = {
  '@type': 'JobPosting',
  title: 'Care Assistant',
  description: '<p>Nights. <b>Visa sponsorship</b>.</p>',
  hiringOrganization: { '@type': 'Organization', name: 'Willowmere Care Ltd' },
};

describe('finding JobPosting objects', () => {
  it('finds them at the top level, in arrays, in @graph and nested in other nodes', () => {
    const value = [
      { '@type': 'WebSite', name: 'x' },
      { '@graph': [{ '@type': 'Organization' }, { ...POSTING, title: 'In graph' }] },
      { '@type': 'WebPage', mainEntity: { ...POSTING, title: 'Nested' } },
      { ...POSTING, title: 'Top' },
    ];
    expect(findJobPostings(value).map((p) => (p as { title: string }).title)).toEqual(['In graph', 'Nested', 'Top']);
  });

  it('accepts @type as an array, with a prefix or a full URL', () => {
    for (const type of [['JobPosting'], ['Thing', 'JobPosting'], 'schema:JobPosting', 'https://schema.org/JobPosting', 'http://schema.org/JobPosting']) {
      expect(findJobPostings({ ...POSTING, '@type': type })).toHaveLength(1);
    }
    expect(findJobPostings({ ...POSTING, '@type': 'Job' })).toHaveLength(0);
  });

  it('keeps reading the other scripts when one has bad JSON', () => {
    const doc = page(ldScript('{ "@type": "JobPosting", "title": ') + ldScript('not json at all') + ldScript(POSTING));
    expect(jsonLdPostings(doc)).toHaveLength(1);
  });

  it('repairs raw newlines in strings and comment wrappers', () => {
    expect(parseJsonLd('{"title": "Line one\nline two"}')).toEqual({ title: 'Line one line two' });
    expect(parseJsonLd('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLd('{"a": 1};')).toEqual({ a: 1 });
    expect(parseJsonLd('{')).toBeUndefined();
  });

  it('finds ld+json with a charset in the type and ignores other scripts', () => {
    const doc = page(
      `<script type="application/ld+json; charset=utf-8">${JSON.stringify(POSTING)}</script>` +
        `<script>var posting = ${JSON.stringify(POSTING)};</script>`,
    );
    expect(jsonLdPostings(doc)).toHaveLength(1);
  });
});

describe('jobPostingToAd', () => {
  it('maps the common fields', () => {
    const ad = jobPostingToAd({
      ...POSTING,
      url: 'https://careers.willowmere.example/jobs/ca-12',
      datePosted: '2025-06-01',
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Luton', addressRegion: 'Bedfordshire', addressCountry: 'GB' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: '12.60', unitText: 'HOUR' } },
      applicantLocationRequirements: { '@type': 'Country', name: 'Nigeria' },
      applicationContact: { '@type': 'ContactPoint', email: 'jobs@willowmere.example' },
      eligibilityToWorkRequirement: 'Must hold a valid Health and Care Worker visa.',
      inLanguage: 'en-GB',
    });
    expect(ad).toMatchObject({
      source: 'json-ld',
      title: 'Care Assistant',
      employer: 'Willowmere Care Ltd',
      location: 'Luton, Bedfordshire, GB',
      country: 'GB',
      salary: { currency: 'GBP', min: 12.6, unit: 'HOUR' },
      applicantCountries: ['Nigeria'],
      contact: 'jobs@willowmere.example',
      url: 'https://careers.willowmere.example/jobs/ca-12',
      datePosted: '2025-06-01',
      lang: 'en',
    });
    expect(ad?.description).toBe('Nights. Visa sponsorship.\n\nMust hold a valid Health and Care Worker visa.');
  });

  it('tolerates arrays and strings where objects are expected', () => {
    const ad = jobPostingToAd({
      ...POSTING,
      hiringOrganization: ['Willowmere Care Ltd', { name: 'Other' }],
      jobLocation: ['Dublin, Ireland', { address: { addressLocality: 'Cork', addressCountry: { '@type': 'Country', name: 'Ireland' } } }],
      applicantLocationRequirements: ['Ghana', { '@type': 'Country', name: 'Nepal' }, { address: { addressCountry: 'PK' } }],
      baseSalary: [{ currency: 'EUR', value: { minValue: '38,000', maxValue: '46,000', unitText: 'year' } }],
    });
    expect(ad).toMatchObject({
      employer: 'Willowmere Care Ltd',
      location: 'Dublin, Ireland; Cork, Ireland',
      country: 'IE',
      applicantCountries: ['Ghana', 'Nepal', 'PK'],
      salary: { currency: 'EUR', min: 38000, max: 46000, unit: 'YEAR' },
    });
  });

  it('maps country names and codes, and leaves unknown ones in the location only', () => {
    const withCountry = (addressCountry: unknown): string | undefined =>
      jobPostingToAd({ ...POSTING, jobLocation: { address: { addressLocality: 'X', addressCountry } } })?.country;
    expect(withCountry('United Kingdom')).toBe('GB');
    expect(withCountry('UK')).toBe('GB');
    expect(withCountry('Scotland')).toBe('GB');
    expect(withCountry('gb')).toBe('GB');
    expect(withCountry('USA')).toBe('US');
    expect(withCountry({ '@type': 'Country', name: 'Ireland' })).toBe('IE');
    expect(withCountry('Ruritania')).toBeUndefined();
    expect(jobPostingToAd({ ...POSTING, jobLocation: { address: { addressCountry: 'Ruritania' } } })?.location).toBe('Ruritania');
  });

  it('gives no single country when the locations are in different countries', () => {
    const ad = jobPostingToAd({ ...POSTING, jobLocation: [{ address: { addressCountry: 'GB' } }, { address: { addressCountry: 'IE' } }] });
    expect(ad?.country).toBeUndefined();
  });

  it('keeps a written salary as text', () => {
    const ad = jobPostingToAd({ ...POSTING, baseSalary: { currency: 'GBP', value: { value: 'Competitive', unitText: 'YEAR' } } });
    expect(ad?.salary).toEqual({ currency: 'GBP', unit: 'YEAR', text: 'Competitive' });
  });

  it('survives missing fields: only a description or only a title', () => {
    expect(jobPostingToAd({ '@type': 'JobPosting', description: 'Carers wanted.' })).toMatchObject({ description: 'Carers wanted.' });
    expect(jobPostingToAd({ '@type': 'JobPosting', title: 'Carer' })).toMatchObject({ title: 'Carer', description: 'Carer' });
    // Nothing to read: an ad that says so (empty description), never an exception.
    expect(jobPostingToAd({ '@type': 'JobPosting' })).toMatchObject({ source: 'json-ld', description: '' });
    expect(jobPostingToAd(null).description).toBe('');
    expect(jobPostingToAd('JobPosting').description).toBe('');
    // …and a page whose only JobPosting is empty has no structured ad.
    expect(readStructuredAds(page(ldScript({ '@type': 'JobPosting' }))).ads).toEqual([]);
    expect(jobPostingToAd({ '@type': 'JobPosting', title: 42, description: ['a', 'b'], hiringOrganization: 7 })).toMatchObject({ title: '42', description: 'a' });
  });

  it('uses the board id from the url, else the identifier, else a stable hash', () => {
    expect(jobPostingToAd({ ...POSTING, url: 'https://www.jobs.nhs.uk/xi/vacancy/915897886' })?.id).toBe('nhs-jobs:915897886');
    expect(jobPostingToAd({ ...POSTING, identifier: { '@type': 'PropertyValue', value: 'WC-77' } })?.id).toBe('json-ld:WC-77');
    expect(jobPostingToAd({ ...POSTING, identifier: 'WC-78' }, { source: 'json' })?.id).toBe('json:WC-78');
    const a = jobPostingToAd(POSTING)?.id;
    expect(a).toMatch(/^json-ld:[0-9a-f]{16}$/);
    expect(jobPostingToAd({ ...POSTING })?.id).toBe(a);
    expect(jobPostingToAd({ ...POSTING, title: 'Senior Care Assistant' })?.id).not.toBe(a);
    // The only posting on a board page takes the page's job id.
    expect(jobPostingToAd(POSTING, { pageUrl: 'https://uk.indeed.com/viewjob?jk=3f9c2a7b1d4e6f80', onlyPosting: true })?.id).toBe('indeed:3f9c2a7b1d4e6f80');
  });
});

describe('structured data on pages', () => {
  it('reads microdata JobPosting with nested items', () => {
    const doc = parseHtml(`<div itemscope itemtype="https://schema.org/JobPosting">
      <h1 itemprop="title">Night Nurse</h1>
      <span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">by <span itemprop="name">Fernhill Care</span></span>
      <span itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Cork</span><meta itemprop="addressCountry" content="IE"></span></span>
      <span itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount"><meta itemprop="currency" content="EUR"><span itemprop="value" itemscope itemtype="https://schema.org/QuantitativeValue"><meta itemprop="minValue" content="40000"><meta itemprop="unitText" content="YEAR"></span></span>
      <meta itemprop="datePosted" content="2025-05-30">
      <span itemprop="applicantLocationRequirements" itemscope itemtype="https://schema.org/Country"><span itemprop="name">Philippines</span></span>
      <div itemprop="description"><p>Nights.</p><ul><li>NMBI registration</li></ul></div>
    </div>`);
    const { ads, readers } = readStructuredAds(doc);
    expect(readers).toEqual(['microdata']);
    expect(ads[0]?.ad).toMatchObject({
      source: 'microdata',
      title: 'Night Nurse',
      employer: 'Fernhill Care',
      location: 'Cork, IE',
      country: 'IE',
      salary: { currency: 'EUR', min: 40000, unit: 'YEAR' },
      datePosted: '2025-05-30',
      applicantCountries: ['Philippines'],
      description: 'Nights.\n\n• NMBI registration',
    });
  });

  it('merges the page JSON-LD into the board ad: board fields win, structured data fills gaps', () => {
    const doc = parseHtml(`<html><head>
      <link rel="canonical" href="https://www.jobs.nhs.uk/candidate/jobadvert/C1234-25-0001">
      ${ldScript({ ...POSTING, title: 'Staff Nurse', hiringOrganization: { name: 'JSON-LD name' }, jobLocation: { address: { addressCountry: 'GB' } }, baseSalary: { currency: 'GBP', value: { minValue: 29970, maxValue: 36483, unitText: 'YEAR' } } })}
      </head><body><main><h1 id="heading">Staff Nurse</h1><h2 id="employer_name">Board name NHS Trust</h2>
      <section id="job_overview"><p>Ward nursing.</p></section></main></body></html>`);
    const read = readPage(doc);
    expect(read.readers).toEqual(['nhs-jobs', 'json-ld']);
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]?.ad).toMatchObject({
      id: 'nhs-jobs:C1234-25-0001',
      employer: 'Board name NHS Trust',
      country: 'GB',
      salary: { currency: 'GBP', min: 29970, max: 36483 },
      description: 'Ward nursing.',
    });
  });
});
