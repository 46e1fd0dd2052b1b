import { describe, expect, it } from 'vitest';
import { fold } from '../../../rules/text/fold';
import { findMoney } from '../../../rules/text/money';
import { findDurations } from '../../../rules/text/duration';

const money = (text: string) => findMoney(fold(text)).map((m) => [m.value, m.currency]);

describe('amounts and currencies', () => {
  it.each([
    ['£5k', [[5000, 'GBP']]],
    ['GBP 5,000', [[5000, 'GBP']]],
    ['5.000 €', [[5000, 'EUR']]],
    ['1 350 €', [[1350, 'EUR']]],
    ['₦250,000', [[250000, 'NGN']]],
    ['N250k', [[250000, 'NGN']]],
    ['N150,000', [[150000, 'NGN']]],
    ['KES 140,000', [[140000, 'KES']]],
    ['KSh 140,000', [[140000, 'KES']]],
    ['PKR 350,000', [[350000, 'PKR']]],
    ['500 000 FCFA', [[500000, 'XOF']]],
    ['USD 1,500', [[1500, 'USD']]],
    ['US$450', [[450, 'USD']]],
    ['₹12,00,000', [[1200000, 'INR']]],
    ['R$ 9.000', [[9000, 'BRL']]],
    ['GH₵ 25,000', [[25000, 'GHS']]],
    ['150 000 Kz', [[150000, 'AOA']]],
    ['K12,000', [[12000, 'ZMW']]],
    ['£3 million', [[3000000, 'GBP']]],
    ['€1.350,50', [[1350.5, 'EUR']]],
    ['CAD $36–$46/hr', [[36, 'CAD'], [46, 'CAD']]],
    ['$1.400.000 CLP', [[1400000, 'CLP']]],
    ['Sueldo S/ 1,800', [[1800, 'PEN']]],
    ['$2,000 a month', [[2000, 'USD']]],
    ['₡850 000', [[850000, 'CRC']]],
    ['SLE 450', [[450, 'SLE']]],
    ['SLL 4,500,000', [[4500000, 'SLE']]],
    ['NLe 450', [[450, 'SLE']]],
    ['Ksh. 350,000', [[350000, 'KES']]],
    ['Kshs.50,000', [[50000, 'KES']]],
    ['Rs. 2,50,000', [[250000, 'PKR']]],
    ['Tk. 3,00,000', [[300000, 'BDT']]],
    ['Tshs. 1,200,000', [[1200000, 'TZS']]],
    ['UShs 800,000', [[800000, 'UGX']]],
    ['TSh 900,000', [[900000, 'TZS']]],
    ['UGX 3m', [[3000000, 'UGX']]],
    ['MWK 600,000', [[600000, 'MWK']]],
    ['ZMW 9,000', [[9000, 'ZMW']]],
    ['NPR 250,000', [[250000, 'NPR']]],
    ['LKR 400,000', [[400000, 'LKR']]],
    ['₱80,000', [[80000, 'PHP']]],
    ['ETB 40,000', [[40000, 'ETB']]],
    ['Birr 40,000', [[40000, 'ETB']]],
    ['Kz 180.000', [[180000, 'AOA']]],
    ['4.500 MT', [[4500, 'MZN']]],
    ['300 000 CFA', [[300000, 'XOF']]],
    ['R18,000', [[18000, 'ZAR']]],
    ['R20k', [[20000, 'ZAR']]],
    ['GH₵ 30,000', [[30000, 'GHS']]],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it('reads a pay rate and its period, and a salary range', () => {
    const [rate] = findMoney(fold('£12.21/hr'));
    expect(rate).toMatchObject({ value: 12.21, currency: 'GBP', period: 'hour' });
    const range = findMoney(fold('Band 5 £29,970 – £36,483 per annum'));
    expect(range.map((m) => [m.value, m.period, m.range])).toEqual([[29970, 'year', true], [36483, 'year', true]]);
    expect(findMoney(fold('2 950 € brut/mois'))[0]).toMatchObject({ value: 2950, period: 'month' });
  });

  it('reads a UK postcode as an address, not an amount', () => {
    expect(money('Twinwoods Resource Centre, Clapham, Beds MK41 6AT')).toEqual([]);
    expect(money('Rotherham RS1 2AB')).toEqual([]);
    expect(money('MK 41,000 per month')).toEqual([[41000, 'MWK']]);
  });

  it('reads Sierra Leone leones from a capitalised "Le" before a grouped or multiplied number', () => {
    const leones = (text: string) => findMoney(fold(text), text).map((m) => [m.value, m.currency, text.slice(m.start, m.end)]);
    expect(leones('Registration Le 45,000,000 only')).toEqual([[45000000, 'SLE', 'Le 45,000,000']]);
    expect(leones('Processing Le 2.5 million')).toEqual([[2500000, 'SLE', 'Le 2.5 million']]);
    // French articles, dates and decimal commas are not leones; without the original text, nothing is.
    expect(leones('Le 15 mars, le 45,000 visiteurs, Le 1,5 million de patients, Le 2 millions')).toEqual([]);
    expect(money('Le 45,000')).toEqual([]);
  });

  it('keeps a full stop, a letter R and a UK postcode apart from amounts', () => {
    expect(money('Rs.1 2AB, R2 form, Band R, v1.2.3')).toEqual([]);
    expect(money('No.5 ward, £1,000 deposit')).toEqual([[1000, 'GBP']]);
  });

  it('ignores numbers with no currency, mask names and band numbers', () => {
    expect(money('N95 masks, Band 5, 37.5 hours, 2 years')).toEqual([]);
    expect(money('Band 5 £29,970')).toEqual([[29970, 'GBP']]);
  });

  it('keeps offsets on the folded text equal to the original', () => {
    const text = 'Frais de dossier : 250 000 FCFA, à régler.';
    const [m] = findMoney(fold(text));
    expect(text.slice(m!.start, m!.end)).toBe('250 000 FCFA');
  });
});

describe('durations', () => {
  it.each([
    ['36 months', 36],
    ['3 years', 36],
    ['a 5-year tie-in', 60],
    ['trois ans', 36],
    ['4 anos', 48],
    ['3 Jahre', 36],
    ['dos años', 24],
    ['24 meses', 24],
    ['zwei Jahren', 24],
  ])('%s → %i months', (text, months) => {
    expect(findDurations(fold(text)).map((d) => d.months)).toEqual([months]);
  });

  it('finds none in text without a unit', () => {
    expect(findDurations(fold('Band 5, 37.5 hours a week, 3 interviews'))).toEqual([]);
  });
});
