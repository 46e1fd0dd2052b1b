// Engine speed: time per ad for 1 KB, 5 KB and 20 KB ads (median, p95), throughput, the whole
// NHS archive checked vs merely read and parsed (same run), and the slowest adversarial 1 MB input.

import { performance } from 'node:perf_hooks';
import { analyze } from '../../rules/analyze';
import { lexiconMatcher } from '../../rules/text/lexicon';
import { jobPostingToAd } from '../../boards/index';
import { corpusPath, readTarGz } from '../cli/corpus';

export interface Figures { label: string; value: string }

const PARAGRAPHS = [
  'Registered Nurses wanted for NHS hospitals in the West Midlands. Band 5: £29,970 – £36,483 after NMC registration.',
  'We are recruiting nurses from Nigeria and Ghana. Interviews in Lagos, Abuja and Accra in June. Registration fee: ₦150,000.',
  'Flights, visa and OSCE paid. No fees are charged to candidates at any stage of the process.',
  'Contract: 3-year commitment. If you resign within 36 months you must repay the relocation costs (up to £6,000) with interest.',
  'Passports are kept at the company office for safekeeping. Send your CV on WhatsApp only: +234 810 555 0192.',
  'Infirmiers camerounais : entretiens à Douala et Yaoundé. Frais de dossier : 250 000 FCFA. Salaire : 2 300 € brut/mois.',
  'Enfermeiros angolanos para Portugal. Taxa de inscrição: 150 000 Kz. Salário: 1 400 € – 1 700 € por mês.',
  'Our theatre team includes nurses from more than 30 countries and we are proud of the mentoring culture they have built.',
  'Pflegefachkräfte aus Kamerun: Vermittlungsgebühr für Bewerber 3.500 €. Gehalt ab 3.200 € brutto im Monat.',
  'You will join our international nurse programme with a 12-week supported preceptorship and pastoral care.',
];

function adOfSize(bytes: number, seed: number): string {
  let text = `Staff Nurse – International Recruitment ${seed}\nHarbour Vale Healthcare Ltd\n`;
  let i = seed;
  while (text.length < bytes) text += `${PARAGRAPHS[i++ % PARAGRAPHS.length]}\n`;
  return text.slice(0, bytes);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

export function benchEngine(): Figures[] {
  const figures: Figures[] = [];
  const t0 = performance.now();
  lexiconMatcher();
  figures.push({ label: 'matcher build (once per process/page)', value: ms(performance.now() - t0) });

  for (const size of [1024, 5 * 1024, 20 * 1024]) {
    const ads = Array.from({ length: 40 }, (_, i) => adOfSize(size, i));
    for (const text of ads.slice(0, 10)) analyze({ id: 'warm', description: text });
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [i, text] of ads.entries()) {
        const start = performance.now();
        analyze({ id: `a${i}`, description: text });
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const total = times.reduce((a, b) => a + b, 0);
    figures.push({ label: `${size / 1024} KB ad: median / p95 / throughput`, value: `${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))} / ${Math.round((times.length * 1000) / total)} ads/s` });
  }

  const archive = corpusPath('real', 'nhs-jobs-2020-jobposting-jsonld.tar.gz');
  if (archive) {
    const readStart = performance.now();
    const entries = readTarGz(archive).filter((e) => e.name.endsWith('.json'));
    const postings = entries.map((e) => JSON.parse(e.data.toString('utf8')) as Record<string, unknown>);
    const readTime = performance.now() - readStart;
    const checkStart = performance.now();
    const entries2 = readTarGz(archive).filter((e) => e.name.endsWith('.json'));
    for (const e of entries2) analyze(jobPostingToAd(JSON.parse(e.data.toString('utf8')), { source: 'json', onlyPosting: true }));
    const checkTime = performance.now() - checkStart;
    figures.push({ label: `NHS archive (${postings.length} adverts): read + JSON.parse`, value: ms(readTime) });
    figures.push({ label: 'NHS archive: read + parse + analyze', value: `${ms(checkTime)} (${(checkTime / readTime).toFixed(1)}× reading; target ≤ 10×)` });
  } else {
    figures.push({ label: 'NHS archive', value: 'skipped (../shared/corpus not found)' });
  }

  const MB = 1 << 20;
  const adversarial: Array<[string, string]> = [
    ['one letter repeated', 'a'.repeat(MB)],
    ['one long word per line', ('x'.repeat(4000) + '\n').repeat(MB / 4001)],
    ['fee words without amounts', 'registration fee processing fee no fee '.repeat(MB / 40)],
    ['amount-like digits and separators', '£1,000,000,00 5.000.000,00 € 12,00,000 '.repeat(MB / 40)],
    ['emoji and flags', '🇳🇬➡️🇬🇧✅⚠️🔥 '.repeat(MB / 16)],
    ['country names and cities', 'Nigeria Lagos Ghana Accra Nepal Kathmandu Pakistan Karachi '.repeat(MB / 60)],
    ['brackets and quotes', '(((((["\'"\'])))))'.repeat(MB / 16)],
    ['email-like and url-like', 'a@b.c@d.e@www.x.y.z.com/ '.repeat(MB / 26)],
    ['html-ish markup as text', '<div class="a"><p>nurse</p></div>'.repeat(MB / 34)],
    ['digits only', '1234567890'.repeat(MB / 10)],
    ['newlines', '\n'.repeat(MB)],
    ['prefix-heavy words', 'recruitment recrutement recrutamento vermittlungsgebuhr '.repeat(MB / 56)],
  ];
  let slowest = { name: '', time: 0 };
  for (const [name, text] of adversarial) {
    const start = performance.now();
    analyze({ id: 'adv', description: text });
    const time = performance.now() - start;
    if (time > slowest.time) slowest = { name, time };
  }
  figures.push({ label: `slowest of ${adversarial.length} adversarial 1 MB inputs`, value: `${ms(slowest.time)} (${slowest.name}; target < 100 ms)` });
  return figures;
}
