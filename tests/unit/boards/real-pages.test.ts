// The real saved pages (kept outside the repository for licence reasons) must yield every ad.
// Counts come from simple attribute counts on the page, not from the readers under test.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../boards/index';
import { jobPostingToAd } from '../../../boards/json-ld';
import { JobAd } from '../../../rules/schema';
import { HAS_REAL, REAL_DIR, realDoc } from './helpers';

function distinct(doc: Document, selector: string, attribute: string): string[] {
  return [...new Set(Array.from(doc.querySelectorAll(selector)).map((el) => el.getAttribute(attribute) ?? ''))].filter(Boolean);
}

function expectComplete(read: ReturnType<typeof readPage>): void {
  expect(read.status).toBe('ok');
  for (const { ad } of read.ads) {
    expect(ad.title, ad.id).toBeTruthy();
    expect(ad.employer, ad.id).toBeTruthy();
    expect(ad.description.trim(), ad.id).not.toBe('');
    expect(() => JobAd.parse(ad)).not.toThrow();
  }
}

describe.skipIf(!HAS_REAL)('real saved pages', () => {
  it('LinkedIn guest search: every result card, plus the open detail pane', () => {
    const doc = realDoc('linkedin-guest-search-results-sofia.html');
    const ids = distinct(doc, 'li.result-card[data-id]', 'data-id');
    expect(ids).toHaveLength(25);
    const read = readPage(doc);
    expectComplete(read);
    expect(read.board).toBe('linkedin');
    const cards = read.ads.filter((a) => a.kind === 'card');
    expect(cards.map((a) => a.ad.id)).toEqual(ids.map((id) => `linkedin:${id}`));
    const detail = read.ads.filter((a) => a.kind === 'detail');
    expect(detail).toHaveLength(1);
    // The pane shows the card marked active.
    const active = doc.querySelector('.job-card__contents--active')?.getAttribute('data-id');
    expect(detail[0]?.ad).toMatchObject({ id: `linkedin:${active}`, title: 'QA Engineer', employer: 'Nuvolo' });
    expect(cards[3]?.ad).toMatchObject({ title: 'Automation QA', employer: 'SBTech', location: 'Sofia, BG' });
  });

  it('LinkedIn guest job view: one detail, with JSON-LD filling country', () => {
    const read = readPage(realDoc('linkedin-jobview-guest-google-power-engineer.html'));
    expectComplete(read);
    expect(read.readers).toEqual(['linkedin', 'json-ld']);
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]).toMatchObject({
      kind: 'detail',
      ad: { id: 'linkedin:3561224688', title: 'Power Monitoring Execution Engineer, Google Data Center', employer: 'Google', location: 'Austin, TX', country: 'US' },
    });
    expect(read.ads[0]?.ad.description).toContain('• 10 years of experience with mission critical facilities');
    expect(read.ads[0]?.ad.applyUrl).toMatch(/^https:\/\/www\.linkedin\.com\/jobs\/view\/externalApply\/3561224688/);
  });

  it('Indeed search: one card per distinct data-jk', () => {
    const doc = realDoc('indeed-search-results-nodejs-atlanta.html');
    const keys = distinct(doc, '[data-jk]', 'data-jk');
    expect(keys).toHaveLength(15);
    const read = readPage(doc);
    expectComplete(read);
    expect(read.board).toBe('indeed');
    expect(read.ads.every((a) => a.kind === 'card')).toBe(true);
    expect(read.ads.map((a) => a.ad.id).sort()).toEqual(keys.map((k) => `indeed:${k}`).sort());
    expect(read.ads[0]?.ad).toMatchObject({ title: 'Software Developer - React, Node', employer: 'HUNTER Technical Resources' });
    expect(read.ads.find((a) => a.ad.id === 'indeed:1daee933c790ef48')?.ad.salary).toMatchObject({ min: 81050, max: 166626, unit: 'YEAR' });
  });

  it('Indeed viewjob: one detail, DOM and JSON-LD merged', () => {
    const read = readPage(realDoc('indeed-viewjob-canonical-engineering-manager.html'));
    expectComplete(read);
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]).toMatchObject({
      kind: 'detail',
      ad: {
        id: 'indeed:bf873f62104b48b5',
        title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
        employer: 'Canonical - Jobs',
        location: 'Austin, TX',
        country: 'US',
        boardCountry: 'US',
        applicantCountries: ['United States'],
      },
    });
  });

  it('Indeed UK viewjob shipped only as window._initialData: one detail', () => {
    const read = readPage(realDoc('indeed-uk-viewjob-visa-sponsorship-initialdata.html'));
    expectComplete(read);
    expect(read.board).toBe('indeed');
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]?.ad).toMatchObject({ id: 'indeed:14ffe2be7ba7b921', title: 'Full Stack Developer', employer: 'Example.co.uk', boardCountry: 'GB', salary: { text: 'From £55,000 a year' } });
    expect(read.ads[0]?.ad.description).toContain('Visa Sponsorship');
  });

  it('Reed job page: one detail from DOM and microdata', () => {
    const read = readPage(realDoc('reed-job-detail-software-developer.html'));
    expectComplete(read);
    expect(read.readers).toEqual(['reed', 'microdata']);
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]?.ad).toMatchObject({
      id: 'reed:52507327',
      title: 'Software Developer',
      employer: 'Test Company',
      country: 'GB',
      salary: { currency: 'GBP', min: 35000, max: 45000, unit: 'YEAR' },
    });
  });

  it('SEEK search: every normalJob card', () => {
    const doc = realDoc('seek-au-search-results.html');
    const ids = distinct(doc, '[data-automation="normalJob"]', 'data-job-id');
    expect(ids).toHaveLength(20);
    const read = readPage(doc);
    expectComplete(read);
    expect(read.ads.map((a) => a.ad.id)).toEqual(ids.map((id) => `seek:${id}`));
    expect(read.ads[0]?.ad).toMatchObject({ title: 'Support Facilitator', employer: 'Haneco Lighting Australia Pty Ltd' });
  });

  it('Glassdoor search: every card in the list plus the open detail pane', () => {
    const doc = realDoc('glassdoor-fr-search-results-with-detail-pane.html');
    const ids = distinct(doc, '[data-test="jobListing"]', 'data-jobid');
    expect(ids).toHaveLength(30);
    const read = readPage(doc);
    expectComplete(read);
    const cards = read.ads.filter((a) => a.kind === 'card');
    expect(cards.map((a) => a.ad.id)).toEqual(ids.map((id) => `glassdoor:${id}`));
    const selected = doc.querySelector('[data-test="jobListing"] [data-selected="true"]')?.closest('[data-jobid]')?.getAttribute('data-jobid');
    const detail = read.ads.filter((a) => a.kind === 'detail');
    expect(detail).toHaveLength(1);
    expect(detail[0]?.ad).toMatchObject({ id: `glassdoor:${selected}`, employer: 'PwC', location: 'Neuilly' });
    expect(detail[0]?.ad.description).toContain('Enterprise Risk Modelling');
    expect(cards.find((a) => a.ad.employer === 'Réassurez-moi')?.ad.salary).toMatchObject({ currency: 'EUR', min: 45000, max: 50000 });
  });

  it('NHS Jobs JSON-LD files: every posting becomes a readable ad', () => {
    const dir = path.join(REAL_DIR, 'nhs-jobs-2020-intl-subset');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const ad = jobPostingToAd(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), { source: 'json' });
      expect(ad, file).toBeDefined();
      expect(ad?.id, file).toMatch(/^nhs-jobs:\d+$/);
      expect(ad?.title, file).toBeTruthy();
      expect(ad?.employer, file).toBeTruthy();
      expect(ad?.country, file).toBe('GB');
      // Escaped HTML fully rendered: no tags, no entities left.
      expect(ad?.description, file).not.toMatch(/<\/?[a-z][a-z0-9]*[\s/>]|&lt;|&gt;|&amp;|&nbsp;|&#\d+;/i);
    }
  });
});
