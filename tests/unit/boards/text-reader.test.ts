import { describe, expect, it } from 'vitest';
import { readPage } from '../../../boards/index';
import { parseHtml } from '../../../boards/parse-html';
import { readTextAds } from '../../../boards/text';

function doc(body: string, title = 'Vacancies'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`);
}

describe('text fallback reader', () => {
  it('reads repeated cards as one ad each, even when one card carries an extra class', () => {
    const ads = readTextAds(
      doc(`<h1>Our vacancies</h1><ul>
        <li class="offre offre--featured"><h2>Infirmier(ère) – EHPAD</h2><p class="lieu">Lyon</p><p class="salaire">2 400 € brut/mois</p><p>Frais d'inscription de 150 €.</p></li>
        <li class="offre"><h2>Aide-soignant(e)</h2><p class="lieu">Nice</p><p>Candidatures internationales bienvenues.</p></li>
        <li class="offre"><h2>Kinésithérapeute</h2><p class="lieu">Nantes</p><p>Aucuns frais pour les candidats.</p></li>
      </ul>`),
    );
    expect(ads.map((a) => [a.kind, a.ad.title, a.ad.location])).toEqual([
      ['card', 'Infirmier(ère) – EHPAD', 'Lyon'],
      ['card', 'Aide-soignant(e)', 'Nice'],
      ['card', 'Kinésithérapeute', 'Nantes'],
    ]);
    expect(ads[0]?.ad).toMatchObject({ source: 'text', partial: true, salary: { currency: 'EUR', min: 2400, unit: 'MONTH' } });
    expect(ads[0]?.ad.description).toContain("Frais d'inscription de 150 €.");
    expect(ads[0]?.ad.employer).toBeUndefined();
  });

  it('reads classless wrappers as cards when their headings link to the ads', () => {
    const ads = readTextAds(
      doc(`<div><div><h3><a href="/jobs/1">Care Assistant</a></h3><p>Luton. Visa sponsorship.</p></div>
        <div><h3><a href="/jobs/2">Staff Nurse</a></h3><p>Leeds. Band 5.</p></div></div>`),
      new URL('https://agency.example/jobs'),
    );
    expect(ads.map((a) => [a.ad.title, a.ad.url])).toEqual([
      ['Care Assistant', 'https://agency.example/jobs/1'],
      ['Staff Nurse', 'https://agency.example/jobs/2'],
    ]);
  });

  it('does not split one ad into its sections', () => {
    const ads = readTextAds(
      doc(`<h1>Registered Nurse – Care Home</h1>
        <section class="block"><h2>Job overview</h2><p>Nights in a 40-bed home.</p></section>
        <section class="block"><h2>Requirements</h2><p>NMC PIN and two years' experience.</p></section>
        <section class="block"><h2>Contact details</h2><p>jobs@care.example</p></section>`),
    );
    expect(ads).toHaveLength(1);
    expect(ads[0]).toMatchObject({ kind: 'detail', ad: { title: 'Registered Nurse – Care Home' } });
    expect(ads[0]?.ad.description).toContain('jobs@care.example');
  });

  it('prefers the job list over a page footer or filter panel', () => {
    const cards = Array.from({ length: 5 }, (_, i) => `<article class="r"><h3>Nurse ${i + 1}</h3><p>Ward ${i + 1}, nights and weekends.</p></article>`).join('');
    const footer = ['About', 'Help', 'Legal'].map((h) => `<div class="col"><h4>${h}</h4><p>Links about ${h} and more.</p></div>`).join('');
    const ads = readTextAds(doc(`<main>${cards}</main><footer>${footer}</footer>`));
    expect(ads.map((a) => a.ad.title)).toEqual(['Nurse 1', 'Nurse 2', 'Nurse 3', 'Nurse 4', 'Nurse 5']);
  });

  it('falls back to the whole page, titled by its h1 or <title>', () => {
    expect(readTextAds(doc('<p>Carers wanted in Leeds. £12.60 an hour.</p>', 'Carers | Agency'))[0]?.ad.title).toBe('Carers | Agency');
    expect(readTextAds(doc('<h1>Carers</h1><p>Leeds.</p>'))[0]?.ad.title).toBe('Carers');
  });

  it('never returns an ad with an empty description', () => {
    expect(readTextAds(doc(''))).toEqual([]);
    expect(readTextAds(doc('<script>var x = 1;</script><svg><text>logo</text></svg>'))).toEqual([]);
    expect(readPage(doc('   '))).toMatchObject({ status: 'unreadable', ads: [] });
  });

  it('on a known board reads only cards, never the whole page as one ad', () => {
    const read = readPage(doc('<h1>Nurse jobs</h1><p>Filters and adverts, no job cards.</p>'), new URL('https://uk.indeed.com/jobs?q=nurse'));
    expect(read).toMatchObject({ board: 'indeed', status: 'unreadable', ads: [] });
  });
});
