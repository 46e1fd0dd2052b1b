import { describe, expect, it } from 'vitest';
import { fold } from '../../../rules/text/fold';
import { findAmountsInWords } from '../../../rules/text/money-words';

const words = (text: string) => findAmountsInWords(fold(text)).map((m) => text.slice(m.start, m.end));

describe('amounts written in words', () => {
  it.each([
    ['Pay: twelve pounds sixty an hour', ['twelve pounds']],
    ['Thirty-three thousand pounds per annum', ['Thirty-three thousand pounds']],
    ['Remuneração: mil e seiscentos euros brutos mensais', ['mil e seiscentos euros']],
    ['Salaire : deux mille cent euros brut', ['deux mille cent euros']],
    ['Gehalt: zweitausendfünfhundert Euro brutto', ['zweitausendfünfhundert Euro']],
    ['Sueldo de mil ochocientos euros', ['mil ochocientos euros']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('needs a currency word after the number', () => {
    expect(words('We have twelve beds and one hundred staff.')).toEqual([]);
    expect(words('Someone to pound the streets')).toEqual([]);
  });

  it('does not read a number word inside another word', () => {
    expect(words('Paid to Mr Dixon euros-wise')).toEqual([]);
  });
});
