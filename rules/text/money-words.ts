// Amounts written in words, as some adverts do to get past salary filters or to read formally:
// "twelve pounds sixty an hour", "thirty-three thousand pounds per annum", "mil e seiscentos euros
// brutos mensais", "deux mille euros", "zweitausend Euro". Only whether and where one is written is
// read, not its value. Works on folded text.

const NUMBER_WORDS = [
  // en
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'thousand', 'million',
  // fr
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille',
  // pt
  'um', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'vinte', 'trinta', 'quarenta', 'cinquenta',
  'sessenta', 'setenta', 'oitenta', 'noventa', 'cem', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos',
  'seiscentos', 'setecentos', 'oitocentos', 'novecentos', 'mil',
  // es
  'uno', 'dos', 'cuatro', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta',
  'ochenta', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos',
  'novecientos',
  // de (compounds: "zweitausend", "dreitausendfünfhundert")
  '[a-z]*tausend[a-z]*', '[a-z]*hundert[a-z]*',
];
const JOINERS = '(?:and|et|e|y|und)';
const CURRENCY_WORDS = 'pounds?|euros?|dollars?|naira|cedis?|rand|shillings|reais|riyals?|dirhams?|francs?|francos?|pesos|soles|rupees';
const NUMBER = `(?:${NUMBER_WORDS.join('|')})`;
const AMOUNT_IN_WORDS = new RegExp(
  `(?<![\\p{L}])${NUMBER}(?:[\\s-]+(?:${JOINERS}[\\s-]+)?${NUMBER})*\\s+(?:${CURRENCY_WORDS})(?![\\p{L}])`,
  'gu',
);

export interface WordAmount {
  start: number;
  end: number;
}

export function findAmountsInWords(folded: string): WordAmount[] {
  const found: WordAmount[] = [];
  for (const m of folded.matchAll(AMOUNT_IN_WORDS)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}
