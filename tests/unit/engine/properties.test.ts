// Properties of analyze() over arbitrary input: it never throws, always returns a valid Analysis
// (zod schema, verdict, ISO codes), every evidence span is in range and is the slice of `text` it
// claims, and the verdict agrees with the findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/analyze';
import { Analysis, VERDICTS, type JobAd } from '../../../rules/schema';

const RUNS = 200;

const AD_WORDS = [
  'nurse', 'nurses', 'Registered Nurse', 'midwife', 'doctor', 'GP', 'care assistant', 'carer', 'HCA', 'physiotherapist', 'pharmacist',
  'infirmier', 'infirmière', 'aide-soignant', 'enfermeiro', 'cuidador', 'Pflegefachkraft', 'enfermera',
  'visa sponsorship', 'CoS', 'Certificate of Sponsorship', 'NMC', 'NMCN', 'OSCE', 'CBT', 'IELTS', 'OET', 'no IELTS', 'Band 5', 'Tier 2',
  'from Nigeria', 'Nigerian', 'Nigérien', 'nigériens', 'Ghana', 'interviews in Lagos', 'living in Zimbabwe', 'Kenya', 'Nepal', 'India', 'Philippines',
  'Chad', 'Dr. Chad Williams', 'Guinea', 'Papua New Guinea', 'Hampshire Hospitals NHS Foundation Trust', 'UK', 'United Kingdom', 'Riyadh', 'Accra', 'Douala',
  'processing fee', 'registration fee', 'refundable deposit', 'no fees', 'free of charge', 'we pay your visa', 'frais de dossier', 'à la charge du candidat',
  'sem custos para o candidato', 'taxa de inscrição', 'repay', 'clawback', 'bond', 'liquidated damages', 'if you leave within', 'interest', 'in cash',
  'passport', 'kept by the agency', 'guaranteed visa', '100% success', 'guaranteed interview', 'guaranteed hours', 'attractive salary',
  'WhatsApp only', 'Telegram', 'gmail.com', 'bank details', 'passport copy', 'limited slots', 'apply within 48 hours', 'pay today', 'may close early',
  'refer a friend', 'referral bonus', 'government-to-government', 'MoU', 'Triple Win', 'overseas nurses', 'paid less than UK nurses', 'CPD',
  'Ltd', 'NHS Trust', 'Agence', 'Lda', 'GmbH', 'per annum', 'per hour', 'par mois', 'por mês', 'years', 'months', '3 years', '18 months',
];
const EMOJI = ['🇳🇬', '🇬🇧', '➡️', '🇰🇪', '🇿🇼', '✅', '🔥', '💷', '👩‍⚕️', '👨‍👩‍👧', '🏥', '📲', '✈️', '🙏🏾', '\u200d', '\ufe0f', '🇺🇸', '🇪🇺'];
const MONEY = ['£', '€', '$', '₦', '₹', 'GH₵', 'KSh', 'FCFA', 'R$', 'CHF', '£5,000', '€7 000', '₦15,000,000', '$-3', '£0', '1,2,3', '99.99.99', '£1e9', '£∞'];
const JUNK = [
  '<div>', '</p>', '<br/>', '&nbsp;', '&amp;', '<script>alert(1)</script>', '<!--', '-->', '{"@type":"JobPosting"}', '\\', '\u0000', '\r\n', '\t',
  '\u2028', '\u00ad', '\ud800', '\udfff', '...', '—', '–', '•', '·', ':', ';', '(', ')', '[', ']', '"', "'", '’', '«', '»', '%', '@', '#', '*',
];

const separators = fc.constantFrom(' ', '\n', '\n\n', '. ', ', ', '', ' – ', ':\n• ', '!!! ');
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AD_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...AD_WORDS).map((w) => w.toUpperCase()) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...MONEY) },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 100_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const adLikeText = fc.array(fc.tuple(piece, separators), { maxLength: 80 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** UTF-16 code units, including lone surrogates. */
const rawUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes));

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  rawUtf16,
  adLikeText,
);

const ISO = fc.constantFrom('GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'DE', 'FR', 'PT', 'SA', 'AE', 'NG', 'GH', 'KE', 'NP', 'IN', 'ZW', 'CM', 'XX', 'ZZ');
const maybeText = fc.oneof(anyText, fc.constantFrom('', ' ', 'Confidential', 'Kingsbury Hospitals NHS Trust', 'Leeds LS9 7TF', 'Lagos, Nigeria', 'Dublin, Ireland'));

const jobAd: fc.Arbitrary<JobAd> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 10 }),
    description: anyText,
    source: fc.constantFrom('json-ld', 'microdata', 'text', 'paste', 'nhs-jobs', 'indeed'),
    url: fc.oneof(fc.webUrl(), fc.constantFrom('https://www.jobs.nhs.uk/candidate/jobadvert/X', 'not a url', 'http://', ''), fc.string({ maxLength: 30 })),
    title: maybeText,
    employer: maybeText,
    agency: maybeText,
    location: maybeText,
    country: ISO,
    boardCountry: ISO,
    salary: fc.record(
      {
        currency: fc.constantFrom('GBP', 'EUR', 'USD', 'NGN', '', 'XYZ'),
        min: fc.double({ noNaN: false }),
        max: fc.double(),
        unit: fc.constantFrom('YEAR', 'HOUR', 'MONTH', ''),
        text: maybeText,
      },
      { requiredKeys: [] },
    ),
    contact: maybeText,
    applyUrl: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })),
    applicantCountries: fc.array(fc.oneof(ISO, fc.constantFrom('Nigeria', 'Ghana', 'Kenya', 'Nigéria', 'Côte d’Ivoire'), fc.string({ maxLength: 8 })), { maxLength: 4 }),
    datePosted: fc.string({ maxLength: 12 }),
    partial: fc.boolean(),
    lang: fc.constantFrom('en', 'fr', 'pt', 'es', 'de', ''),
  },
  { requiredKeys: ['id', 'description'] },
);

function checkInvariants(ad: JobAd): void {
  const a = analyze(ad);
  // Valid shape: verdict, severities, rule ids, ISO codes.
  Analysis.parse(a);
  expect(VERDICTS).toContain(a.verdict);
  expect(a.errors).toBeUndefined();
  // Evidence: in range, equal to its slice.
  for (const f of a.findings) {
    for (const e of f.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
      expect(e.end).toBeLessThanOrEqual(a.text.length);
      expect(a.text.slice(e.start, e.end)).toBe(e.text);
    }
  }
  // Non-health ads get no rules.
  if (!a.health) expect(a.findings).toEqual([]);
  // The destination is never also a target.
  if (a.destination) expect(a.targets).not.toContain(a.destination);
  // The verdict follows the findings; never a false "no concern".
  const severities = a.findings.map((f) => f.severity);
  if (severities.includes('serious') || severities.includes('warning')) expect(a.verdict).toBe('concern');
  else if (severities.includes('caution')) expect(a.verdict).toBe('caution');
  else if (a.health && ad.partial === true) expect(a.verdict).toBe('not-enough-data');
  else expect(a.verdict === 'no-concern' || a.verdict === 'not-enough-data').toBe(true);
}

describe('analyze over arbitrary input', () => {
  it('never throws on arbitrary strings (fc.string)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => checkInvariants({ id: 'p', description: s })), { numRuns: RUNS });
  });

  it('never throws on full-Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkInvariants({ id: 'p', description: s })), { numRuns: RUNS });
  });

  it('never throws on raw UTF-16 with lone surrogates', () => {
    fc.assert(fc.property(rawUtf16, (s) => checkInvariants({ id: 'p', description: s })), { numRuns: RUNS });
  });

  it('never throws on mixtures of ad words, emoji, currency symbols and HTML-ish junk', () => {
    fc.assert(fc.property(adLikeText, (s) => checkInvariants({ id: 'p', description: s })), { numRuns: RUNS });
  });

  it('never throws on JobAd objects with random optional fields', () => {
    fc.assert(fc.property(jobAd, (ad) => checkInvariants(ad)), { numRuns: RUNS });
  });

  it('evidence spans are never empty', () => {
    fc.assert(
      fc.property(adLikeText, (s) => {
        const a = analyze({ id: 'p', title: 'Registered Nurse', description: s });
        for (const f of a.findings) for (const e of f.evidence) expect(e.end).toBeGreaterThan(e.start);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same ad gives the same analysis', () => {
    fc.assert(fc.property(jobAd, (ad) => {
      expect(analyze(ad)).toEqual(analyze(ad));
    }), { numRuns: 100 });
  });

  it('a health ad seen only as a list card is never "no-concern"', () => {
    fc.assert(
      fc.property(adLikeText, (s) => {
        const a = analyze({ id: 'p', title: 'Registered Nurse', description: s, partial: true });
        expect(a.verdict).not.toBe('no-concern');
      }),
      { numRuns: RUNS },
    );
  });

  it('handles a very long ad', () => {
    const long = 'Registered nurses from Ghana wanted for UK care homes. Processing fee £1,500 payable by the candidate. '.repeat(5000);
    const a = analyze({ id: 'long', description: long });
    Analysis.parse(a);
    for (const f of a.findings) for (const e of f.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  });
});
