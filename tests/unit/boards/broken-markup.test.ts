// A board redesign must degrade to structured data, to the text reader, or to 'unreadable' —
// never to an empty 'ok' that would read as "nothing to warn about".
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage, type PageRead } from '../../../boards/index';
import { linkedin } from '../../../boards/linkedin';
import { parseHtml } from '../../../boards/parse-html';
import { FIXTURES_DIR, HAS_REAL, fixtureDoc, realDoc } from './helpers';

/** What a redesign does: every class renamed, data- hooks and ids gone, text and tags kept. */
function redesign(doc: Document): Document {
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    const classes = Array.from(el.classList);
    if (classes.length > 0) el.setAttribute('class', classes.map((c) => `x${c.length}${c.charCodeAt(0)}`).join(' '));
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('data-') || attr.name === 'id' || attr.name.startsWith('aria-')) el.removeAttribute(attr.name);
    }
  }
  return doc;
}

function expectHonest(read: PageRead): void {
  if (read.status === 'ok') expect(read.ads.length).toBeGreaterThan(0);
  else expect(read.ads).toEqual([]);
  for (const { ad } of read.ads) expect(ad.description.trim()).not.toBe('');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pages whose markup changed', () => {
  it('LinkedIn job view falls back to its JSON-LD, keeping the job id', () => {
    const read = readPage(redesign(fixtureDoc('linkedin/detail.html')));
    expectHonest(read);
    expect(read.board).toBe('linkedin');
    expect(read.readers).toEqual(['json-ld']);
    expect(read.ads.map((a) => [a.kind, a.ad.id, a.ad.title])).toEqual([
      ['detail', 'linkedin:4023456789', 'Mental Health Nurse (RMN) – Internationally Educated Nurses Welcome'],
    ]);
    expect(read.ads[0]?.ad.description).toContain('No fees are charged to candidates');
  });

  it('LinkedIn signed-in search with no headings in its cards is reported unreadable', () => {
    const read = readPage(redesign(fixtureDoc('linkedin/list.html')));
    expect(read).toMatchObject({ board: 'linkedin', status: 'unreadable', ads: [], readers: [] });
  });

  it('Indeed search falls back to the text reader, one ad per card', () => {
    const read = readPage(redesign(fixtureDoc('indeed/list.html')));
    expectHonest(read);
    expect(read.board).toBe('indeed');
    expect(read.readers).toEqual(['text']);
    expect(read.ads.map((a) => a.ad.title)).toEqual([
      'Senior Care Assistant – Sponsorship Available',
      'Registered Nurse – Nursing Home',
      'Support Worker – Learning Disabilities (Visa Sponsorship)',
      'Staff Nurse – Theatres',
      'Live-in Carer',
    ]);
    expect(read.ads[0]?.ad.description).toContain('£1,500 registration and CoS processing fee');
  });

  it('a board reader that throws is contained and the page still read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(linkedin, 'readAds').mockImplementation(() => {
      throw new Error('LinkedIn changed everything');
    });
    const read = readPage(fixtureDoc('linkedin/detail.html'));
    expectHonest(read);
    expect(read.readers).toEqual(['json-ld']);
    expect(read.ads[0]?.ad.id).toBe('linkedin:4023456789');
    expect(warn).toHaveBeenCalled();
  });

  it('one card that cannot be read does not lose the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = fixtureDoc('seek/list.html');
    const broken = doc.querySelectorAll('[data-automation="normalJob"]')[1] as Element;
    broken.getAttribute = () => {
      throw new Error('detached node');
    };
    const read = readPage(doc);
    expect(read.ads.map((a) => a.ad.id)).toEqual(['seek:81234001', 'seek:81234052', 'seek:81234088', 'seek:81234102']);
    expect(warn).toHaveBeenCalled();
  });

  it('a redesigned board page whose structured data has no description keeps the visible text', () => {
    const html = `<html lang="de"><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Pflegefachkräfte (m/w/d)',
      hiringOrganization: { '@type': 'Organization', name: 'Seniorenstift Mainaue GmbH' },
    })}</script></head><body><main><h1>Pflegefachkräfte (m/w/d)</h1>
      <p>Bei früherer Eigenkündigung sind 15.000 € zurückzuzahlen.</p></main></body></html>`;
    const doc = parseHtml(html);
    const read = readPage(doc, new URL('https://de.indeed.com/viewjob?jk=abc123'));
    expect(read.status).toBe('ok');
    expect(read.ads).toHaveLength(1);
    expect(read.ads[0]!.ad.description).toContain('15.000 € zurückzuzahlen');
  });

  it('a board page with nothing readable at all is unreadable, not empty and fine', () => {
    const read = readPage(fixtureDoc('nhs-jobs/list.html').implementation.createHTMLDocument('x'), new URL('https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse'));
    expect(read).toMatchObject({ board: 'nhs-jobs', status: 'unreadable', ads: [] });
  });

  const fixtures = readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(FIXTURES_DIR, d.name)).map((f) => `${d.name}/${f}`));

  it.each(fixtures)('%s after a redesign is never an empty ok', (name) => {
    expectHonest(readPage(redesign(fixtureDoc(name))));
  });

  describe.skipIf(!HAS_REAL)('real saved pages after a redesign', () => {
    it.each([
      'linkedin-guest-search-results-sofia.html',
      'linkedin-jobview-guest-google-power-engineer.html',
      'indeed-search-results-nodejs-atlanta.html',
      'indeed-viewjob-canonical-engineering-manager.html',
      'seek-au-search-results.html',
      'glassdoor-fr-search-results-with-detail-pane.html',
      'reed-job-detail-software-developer.html',
    ])('%s is never an empty ok', (name) => {
      expectHonest(readPage(redesign(realDoc(name))));
    });

    it('the real Indeed search degrades to one text ad per result card', () => {
      const doc = realDoc('indeed-search-results-nodejs-atlanta.html');
      const cards = doc.querySelectorAll('[data-jk]').length;
      const read = readPage(redesign(doc));
      expect(read.readers).toEqual(['text']);
      expect(read.ads).toHaveLength(cards);
    });
  });
});
