import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, uniqueAds } from '../../../boards/index';
import { parseHtml } from '../../../boards/parse-html';
import { JobAd } from '../../../rules/schema';
import { FIXTURES_DIR, fixtureDoc, fixtureHtml } from './helpers';

interface ExpectedAd {
  id: string;
  kind: 'card' | 'detail';
  title: string | null;
  employer: string | null;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedAd[]>;

const fixtureFiles = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(FIXTURES_DIR, d.name)).map((f) => `${d.name}/${f}`))
  .sort();

function summary(name: string): ExpectedAd[] {
  return readPage(fixtureDoc(name)).ads.map((a) => ({
    id: a.ad.id,
    kind: a.kind,
    title: a.ad.title ?? null,
    employer: a.ad.employer ?? null,
  }));
}

describe('board fixtures', () => {
  it('expected.json lists every fixture file and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtureFiles);
  });

  it.each(fixtureFiles)('%s yields exactly the expected ads', (name) => {
    expect(summary(name)).toEqual(expected[name]);
  });

  it.each(fixtureFiles)('%s is read by the right reader, as valid JobAds', (name) => {
    const read = readPage(fixtureDoc(name));
    const folder = name.split('/')[0];
    expect(read.status).toBe('ok');
    expect(read.board).toBe(folder);
    for (const { ad, element } of read.ads) {
      expect(() => JobAd.parse(ad)).not.toThrow();
      expect(ad.description.trim()).not.toBe('');
      expect(element.isConnected).toBe(true);
    }
  });

  it.each(fixtureFiles)('%s gives the same ids with its real URL as without', (name) => {
    const html = fixtureHtml(name);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(canonical).toMatch(/^https:\/\//);
    const withUrl = readPage(parseHtml(html, canonical), new URL(canonical as string));
    expect(withUrl.ads.map((a) => a.ad.id)).toEqual(expected[name]?.map((a) => a.id));
  });

  it('gives a list card and the open detail of the same job the same, full ad', () => {
    for (const name of ['linkedin/list.html', 'indeed/list.html', 'glassdoor/list.html']) {
      const ads = readPage(fixtureDoc(name)).ads;
      const detail = ads.find((a) => a.kind === 'detail');
      const card = ads.find((a) => a.kind === 'card' && a.ad.id === detail?.ad.id);
      expect(card, name).toBeDefined();
      expect(card?.ad.description).toBe(detail?.ad.description);
      expect(card?.ad.partial).toBeUndefined();
      expect(card?.element).not.toBe(detail?.element);
    }
  });

  it('marks other cards partial and keeps one ad per id for exports', () => {
    const read = readPage(fixtureDoc('indeed/list.html'));
    expect(read.ads.filter((a) => a.kind === 'card' && a.ad.partial)).toHaveLength(4);
    const unique = uniqueAds(read.ads);
    expect(unique).toHaveLength(5);
    expect(unique.find((a) => a.id === 'indeed:c73e5b09d1a2f846')?.partial).toBeUndefined();
  });

  it('fills country and salary from structured data and the board', () => {
    const nhs = readPage(fixtureDoc('nhs-jobs/detail.html')).ads[0]?.ad;
    expect(nhs).toMatchObject({ country: 'GB', boardCountry: 'GB', salary: { currency: 'GBP', min: 29970, max: 36483, unit: 'YEAR' } });
    expect(nhs?.description).toContain("four weeks' accommodation");
    expect(nhs?.description).toContain('repay a proportion of the relocation costs');
    expect(nhs?.contact).toContain('intl.recruitment@wrenford-hospitals.example');

    const pt = readPage(fixtureDoc('generic/jsonld.html')).ads[0]?.ad;
    expect(pt).toMatchObject({ country: 'PT', lang: 'pt', applicantCountries: ['Angola', 'Moçambique'] });
    // Visible text the JSON-LD leaves out is kept.
    expect(pt?.description).toContain('reembolsa as despesas de viagem');

    const ie = readPage(fixtureDoc('generic/microdata.html')).ads[0]?.ad;
    expect(ie).toMatchObject({ country: 'IE', salary: { currency: 'EUR', min: 38000, max: 46000 } });

    const fr = readPage(fixtureDoc('glassdoor/list.html')).ads.find((a) => a.kind === 'detail')?.ad;
    expect(fr).toMatchObject({ lang: 'fr', salary: { currency: 'EUR', min: 1900, max: 2100, unit: 'MONTH' } });
    expect(fr?.description).toContain('Frais de dossier de 300 €');
  });

  it('keeps the text the warnings depend on in card descriptions', () => {
    const seek = readPage(fixtureDoc('seek/list.html')).ads;
    expect(seek.find((a) => a.ad.id === 'seek:81234001')?.ad.description).toContain('Registration fee of $950');
    const cards = readPage(fixtureDoc('generic/cards.html')).ads;
    expect(cards[1]?.ad.description).toContain('Passport retained by the employer');
    expect(cards[0]?.ad).toMatchObject({ location: 'Kuwait City, Kuwait', salary: { text: 'KWD 650 / month + accommodation' } });
  });
});
