// Salary as a board shows it ("£29,970 to £36,483 a year", "$84k – $96k + super") → Salary.
// The text is always kept; numbers, currency and unit only where they are unambiguous.

import type { Salary } from '../rules/schema';

const CURRENCY_SIGNS: ReadonlyArray<[RegExp, string]> = [
  [/£|\bGBP\b/i, 'GBP'],
  [/€|\bEUR\b/i, 'EUR'],
  [/₦|\bNGN\b/i, 'NGN'],
  [/GH₵|\bGHS\b|\bGH¢/i, 'GHS'],
  [/\bAUD\b|\bA\$/i, 'AUD'],
  [/\bNZD\b|\bNZ\$/i, 'NZD'],
  [/\bCAD\b|\bC\$/i, 'CAD'],
  [/\bUSD\b|\bUS\$/i, 'USD'],
  [/\bSAR\b/i, 'SAR'],
  [/\bAED\b/i, 'AED'],
  [/\bR\$|\bBRL\b/i, 'BRL'],
];

const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/\b(hour|hourly|hr|heure|hora)s?\b|\/h\b|p\/h/i, 'HOUR'],
  [/\b(day|daily|jour|dia)s?\b/i, 'DAY'],
  [/\b(week|weekly|semaine|semana)s?\b/i, 'WEEK'],
  [/\b(month|monthly|mois|mês|mes|mensal)\b|\/\s?(mois|mo|month)\b/i, 'MONTH'],
  [/\b(year|yearly|annum|annual|p\.?a\.?|yr|ano|anual)\b|\/an\b|\bpar an\b/i, 'YEAR'],
  [/\d\s?k\b/i, 'YEAR'], // "$84k – $96k": thousands are annual pay
];

// A money amount: digits with thousands separators and an optional "k" (thousands).
const AMOUNT = /(\d{1,3}(?:(?:,\s?|[ .\u00a0\u202f])\d{3})+|\d+)(?:[.,](\d{1,2}))?\s?(k)?\b/gi;
// What may stand between the two ends of a range: "£29,970 to £36,483", "2 200 – 2 600 €".
const RANGE_JOINER = /^[\s£€$₦A-Z/.]{0,8}(?:-|–|—|to|à|a|até|bis)[\s£€$₦A-Z]{0,6}$/i;
// Longer text is a sentence, not a salary field: keep it as text only.
const MAX_PARSED_LENGTH = 80;

/** Parses salary text. `defaultCurrency` is the board's own ("$" on seek.com.au means AUD). */
export function salaryFromText(text: string | undefined, defaultCurrency?: string): Salary | undefined {
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const salary: Salary = { text: clean };
  if (clean.length > MAX_PARSED_LENGTH) return salary;
  const currency = CURRENCY_SIGNS.find(([re]) => re.test(clean))?.[1];
  if (currency) salary.currency = currency;
  else if (defaultCurrency && /\$/.test(clean)) salary.currency = defaultCurrency;

  const amounts: Array<{ value: number; start: number; end: number }> = [];
  for (const m of clean.matchAll(AMOUNT)) {
    const digits = m[1] ?? '';
    const whole = Number(digits.replace(/[\s,.]/g, ''));
    const value = (whole + (m[2] ? Number(`0.${m[2]}`) : 0)) * (m[3] ? 1000 : 1);
    // Small bare numbers are bands, grades or hours ("Band 5", "40 hours"), not pay.
    if (value < 7 || !(m[3] || digits.length >= 3 || salary.currency)) continue;
    amounts.push({ value, start: m.index, end: m.index + m[0].length });
    if (amounts.length === 2) break;
  }
  const [first, second] = amounts;
  if (!first) return salary;
  salary.min = first.value;
  // A range's ends are of the same order ("£29,970 to £36,483"), not "£12.21 … 40 hours".
  const comparable = second !== undefined && second.value >= first.value / 10 && second.value <= first.value * 10;
  if (second && comparable && RANGE_JOINER.test(clean.slice(first.end, second.start))) {
    salary.min = Math.min(first.value, second.value);
    salary.max = Math.max(first.value, second.value);
  }
  const unit = UNITS.find(([re]) => re.test(clean))?.[1];
  if (unit) salary.unit = unit;
  return salary;
}
