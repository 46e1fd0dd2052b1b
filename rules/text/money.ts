// Amounts of money in ad text: £5k, GBP 5,000, 5.000 €, ₦250,000, N250k, KES 140,000, PKR 350,000,
// 500 000 FCFA, US$450, ₹12,00,000, R$ 9.000, Ksh. 50,000, R15,000, Le 45,000, 12.21/hr. Works on folded
// text (rules/text/fold.ts); the original text, when given, lets a capitalised "Le" read as leones.
// Every pattern is a bounded alternation or a repetition separated by a required character, so
// the scan is linear whatever the input.

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Money {
  start: number;
  end: number;
  value: number;
  /** ISO 4217 code; '$' alone is read as USD unless the caller knows the destination's dollar. */
  currency: string;
  /** The currency was written as a bare "$". */
  bareDollar: boolean;
  period: PayPeriod | null;
  /** Part of a range ("£29,970 – £36,483", "AUD 75,000 – 92,000"): how pay is written. */
  range: boolean;
}

/** Currency spellings (folded) → ISO 4217, with whether they may come before and/or after the number. */
const CURRENCIES: Array<[string, string, 'pre' | 'post' | 'both']> = [
  ['£', 'GBP', 'both'], ['gbp', 'GBP', 'both'], ['pounds', 'GBP', 'post'], ['pound', 'GBP', 'post'], ['sterling', 'GBP', 'post'],
  ['€', 'EUR', 'both'], ['eur', 'EUR', 'both'], ['euros', 'EUR', 'post'], ['euro', 'EUR', 'post'],
  ['us$', 'USD', 'pre'], ['usd', 'USD', 'both'], ['$', 'USD', 'both'], ['dollars', 'USD', 'post'], ['$ us', 'USD', 'post'], ['$us', 'USD', 'post'],
  ['a$', 'AUD', 'pre'], ['aud', 'AUD', 'both'], ['au$', 'AUD', 'pre'], ['c$', 'CAD', 'pre'], ['cad', 'CAD', 'both'], ['ca$', 'CAD', 'pre'],
  ['nz$', 'NZD', 'pre'], ['nzd', 'NZD', 'both'], ['chf', 'CHF', 'both'], ['sgd', 'SGD', 'both'],
  ['r$', 'BRL', 'pre'], ['brl', 'BRL', 'both'], ['reais', 'BRL', 'post'],
  ['sar', 'SAR', 'both'], ['riyals', 'SAR', 'post'], ['riyal', 'SAR', 'post'],
  ['aed', 'AED', 'both'], ['dirhams', 'AED', 'post'], ['dhs', 'AED', 'both'],
  ['qar', 'QAR', 'both'], ['kwd', 'KWD', 'both'], ['kd', 'KWD', 'both'], ['omr', 'OMR', 'both'], ['bhd', 'BHD', 'both'],
  ['₦', 'NGN', 'both'], ['ngn', 'NGN', 'both'], ['naira', 'NGN', 'post'],
  ['gh₵', 'GHS', 'pre'], ['gh¢', 'GHS', 'pre'], ['ghc', 'GHS', 'both'], ['ghs', 'GHS', 'both'], ['₵', 'GHS', 'pre'], ['cedis', 'GHS', 'post'], ['cedi', 'GHS', 'post'],
  ['ksh', 'KES', 'both'], ['kshs', 'KES', 'both'], ['kes', 'KES', 'both'], ['shillings', 'KES', 'post'],
  ['ugx', 'UGX', 'both'], ['ush', 'UGX', 'pre'], ['ushs', 'UGX', 'pre'], ['tzs', 'TZS', 'both'], ['tsh', 'TZS', 'both'], ['tshs', 'TZS', 'both'], ['rwf', 'RWF', 'both'], ['frw', 'RWF', 'both'],
  ['bif', 'BIF', 'both'], ['etb', 'ETB', 'both'], ['birr', 'ETB', 'both'],
  ['zar', 'ZAR', 'both'], ['zmw', 'ZMW', 'both'], ['mwk', 'MWK', 'both'], ['mzn', 'MZN', 'both'], ['meticais', 'MZN', 'post'], ['mt', 'MZN', 'post'],
  ['aoa', 'AOA', 'both'], ['kz', 'AOA', 'both'], ['kwanzas', 'AOA', 'post'], ['kwanza', 'AOA', 'post'],
  ['zwg', 'ZWG', 'both'], ['zwl', 'ZWG', 'both'], ['cdf', 'CDF', 'both'], ['fc', 'CDF', 'post'],
  ['fcfa', 'XOF', 'both'], ['f cfa', 'XOF', 'post'], ['cfa', 'XOF', 'both'], ['xof', 'XOF', 'both'], ['xaf', 'XAF', 'both'],
  ['gnf', 'GNF', 'both'], ['sle', 'SLE', 'both'], ['sll', 'SLE', 'both'], ['nle', 'SLE', 'pre'], ['leones', 'SLE', 'post'], ['lrd', 'LRD', 'both'], ['gmd', 'GMD', 'both'], ['dalasi', 'GMD', 'post'],
  ['mga', 'MGA', 'both'], ['ariary', 'MGA', 'post'], ['mru', 'MRU', 'both'], ['sdg', 'SDG', 'both'], ['sos', 'SOS', 'both'], ['djf', 'DJF', 'both'],
  ['stn', 'STN', 'both'], ['dobras', 'STN', 'post'], ['cve', 'CVE', 'both'], ['htg', 'HTG', 'both'], ['gourdes', 'HTG', 'post'],
  ['pkr', 'PKR', 'both'], ['rs', 'PKR', 'pre'], ['rupees', 'PKR', 'post'],
  ['₹', 'INR', 'both'], ['inr', 'INR', 'both'], ['npr', 'NPR', 'both'], ['nrs', 'NPR', 'pre'],
  ['bdt', 'BDT', 'both'], ['tk', 'BDT', 'both'], ['৳', 'BDT', 'both'], ['taka', 'BDT', 'post'],
  ['lkr', 'LKR', 'both'], ['afn', 'AFN', 'both'], ['yer', 'YER', 'both'],
  ['php', 'PHP', 'both'], ['₱', 'PHP', 'both'],
  ['nok', 'NOK', 'both'], ['sek', 'SEK', 'both'], ['dkk', 'DKK', 'both'], ['kr', 'SEK', 'both'], ['czk', 'CZK', 'both'], ['pln', 'PLN', 'both'], ['zł', 'PLN', 'post'],
  ['rd$', 'DOP', 'pre'], ['dop', 'DOP', 'both'], ['mxn', 'MXN', 'both'], ['mx$', 'MXN', 'pre'], ['clp', 'CLP', 'both'], ['cop', 'COP', 'post'], ['ars', 'ARS', 'both'],
  ['pesos', 'MXN', 'post'], ['mk', 'MWK', 'pre'], ['j$', 'JMD', 'pre'], ['jmd', 'JMD', 'both'], ['tt$', 'TTD', 'pre'], ['ttd', 'TTD', 'both'],
  ['hk$', 'HKD', 'pre'], ['hkd', 'HKD', 'both'], ['s$', 'SGD', 'pre'], ['¥', 'JPY', 'both'], ['jpy', 'JPY', 'both'], ['yen', 'JPY', 'post'], ['₩', 'KRW', 'pre'], ['krw', 'KRW', 'both'],
  ['₺', 'TRY', 'both'], ['₴', 'UAH', 'both'], ['uah', 'UAH', 'both'], ['₪', 'ILS', 'both'], ['nis', 'ILS', 'both'], ['myr', 'MYR', 'both'], ['idr', 'IDR', 'both'],
  ['pgk', 'PGK', 'both'], ['wst', 'WST', 'both'], ['sbd', 'SBD', 'both'], ['vuv', 'VUV', 'both'], ['fjd', 'FJD', 'both'],
  ['s/.', 'PEN', 'pre'], ['s/', 'PEN', 'pre'], ['soles', 'PEN', 'post'], ['₡', 'CRC', 'both'], ['crc', 'CRC', 'both'], ['colones', 'CRC', 'post'],
  ['uyu', 'UYU', 'both'], ['pyg', 'PYG', 'both'], ['gtq', 'GTQ', 'both'], ['hnl', 'HNL', 'both'], ['bob', 'BOB', 'both'], ['ves', 'VES', 'both'],
  ['egp', 'EGP', 'both'], ['mad', 'MAD', 'both'], ['tnd', 'TND', 'both'], ['dzd', 'DZD', 'both'], ['jod', 'JOD', 'both'],
];

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, thousand: 1e3, mil: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, bn: 1e9,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
const byLength = (a: string, b: string) => b.length - a.length;
const PRE = CURRENCIES.filter(([, , p]) => p !== 'post').map(([s]) => s).sort(byLength).map(escape).join('|');
const POST = CURRENCIES.filter(([, , p]) => p !== 'pre').map(([s]) => s).sort(byLength).map(escape).join('|');
const CODE = new Map(CURRENCIES.map(([s, code]) => [s.replace(/\s/g, ''), code]));

// Numbers: 5,000 | 12,00,000 | 3.500,50 | 1 350 | 12.21 | 5000. The scan looks for numbers first
// (cheap: it only stops at digits) and then at the few characters around each for a currency.
// A number may follow an abbreviation's full stop ("Rs.50,000"), never another number's.
const NUMBER = /(?<![\p{N},])(?<![^\p{L}]\.)(?<!^\.)(?:\d{1,3}(?:,\d{2,3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)/gu;
const MULT_AFTER = /^\s?(k|thousand|mil|mn|m|millions?|bn|lakhs?|lacs?|crores?)(?![\p{L}])/u;
// "Ksh. 350,000", "Rs.50,000": an abbreviated currency may keep its full stop.
const PRE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${PRE})\\.?\\s?$`, 'u');
const POST_AFTER = new RegExp(`^\\s?(${POST})(?![\\p{L}])(?!\\s?\\d)`, 'u');
const DOLLAR_CODES = 'usd|cad|aud|nzd|sgd|hkd|mxn|clp|cop|ars|uyu|jmd|ttd|dop|bob';
const DOLLAR_CODE_BEFORE = new RegExp(`(?<![\\p{L}])(${DOLLAR_CODES})\\s?$`, 'u');
const DOLLAR_CODE_AFTER = new RegExp(`^\\s?(${DOLLAR_CODES})(?![\\p{L}])`, 'u');
const POSTCODE_INWARD = /^[a-z]?\s\d[a-z]{2}(?![\p{L}\p{N}])/u;
const GLUED_BEFORE = /(?<![\p{L}\p{N}])([knr])$/u;
const GLUED_CODES: Record<string, string> = { k: 'zmw', n: 'ngn', r: 'zar' };
/** Sierra Leone's "Le 45,000" (original text): a capitalised "Le", not the French article. */
const LEONE_BEFORE = /(?<![\p{L}\p{N}])(?:Le|LE)\s?$/u;
const GROUPED_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

function parseNumber(raw: string): number {
  const text = raw.replace(/[\s\u00a0\u202f]/g, ' ');
  const groups = text.split(/[ ,.]/);
  if (groups.length === 1) return Number(text);
  const last = groups[groups.length - 1]!;
  const separators = text.match(/[ ,.]/g)!;
  const lastSep = separators[separators.length - 1]!;
  const decimal = last.length <= 2 && (groups.length === 2 || lastSep !== separators[0]);
  if (decimal) return Number(groups.slice(0, -1).join('') + '.' + last);
  return Number(groups.join(''));
}

const PERIODS: Array<[PayPeriod, RegExp]> = [
  ['hour', /^(?:[^\n;!?.]|\.\d){0,14}?(?:per\s?hour|an?\s?hour|\/\s?h(?:ou)?rs?\b|\/\s?h\b|p\/?h\b|\bph\b|\bhourly|de\s?l'heure|l'heure|\/\s?heure|par\s?heure|por\s?hora|a\s?hora|\/\s?hora|pro\s?stunde|\/\s?std|la\s?hora|the\s?hour)/],
  ['day', /^(?:[^\n;!?.]|\.\d){0,14}?(?:per\s?day|a\s?day|\/\s?day|par\s?jour|por\s?dia|pro\s?tag|al\s?dia|daily)/],
  ['week', /^(?:[^\n;!?.]|\.\d){0,14}?(?:per\s?week|a\s?week|\/\s?w(?:ee)?k|weekly|par\s?semaine|por\s?semana|pro\s?woche|a\s?la\s?semana)/],
  ['month', /^(?:[^\n;!?.]|\.\d){0,20}?(?:per\s?month|a\s?month|\/\s?m(?:o|onth|th)\b|monthly|par\s?mois|\/\s?mois|mensuel|brut\s?mensuel|por\s?mes|\/\s?mes|mensal|mensais|pro\s?monat|\/\s?monat|im\s?monat|monatlich|al\s?mes|x\s?14|× ?14|brut\/mois|brutos?\/mes)/],
  ['year', /^(?:[^\n;!?.]|\.\d){0,20}?(?:pro\s?rata|per\s?annum|p\.?\s?a\.?(?![\p{L}])|per\s?year|a\s?year|\/\s?y(?:ea)?r|annually|\byearly|par\s?an\b|\/\s?an\b|annuel|por\s?ano|\/\s?ano|anual|pro\s?jahr|\/\s?jahr|jahrlich|al\s?ano)/u],
];

const RANGE_AFTER = /^\s*(?:-|to|a|bis|ate|hasta|au)\s*(?:[£€$₦₹]|[a-z]{1,3}\$?\s?)?\d/;
const RANGE_BEFORE = /\d\s*(?:[£€$]|[a-z]{3})?\s*(?:-|to|a|bis|ate|hasta|au)\s*$/;

export function periodAfter(folded: string, end: number): PayPeriod | null {
  const tail = folded.slice(end, end + 40);
  for (const [period, pattern] of PERIODS) if (pattern.test(tail)) return period;
  return null;
}

/**
 * Every amount with a currency in the folded text. `text`, the original of `folded` (same length),
 * is needed only for currencies that case tells apart from a word: Sierra Leone's "Le 45,000".
 */
export function findMoney(folded: string, text?: string): Money[] {
  const found: Money[] = [];
  if (!/\d/.test(folded)) return found;
  for (const m of folded.matchAll(NUMBER)) {
    let start = m.index;
    let end = start + m[0].length;
    let value = parseNumber(m[0]);
    const mult = MULT_AFTER.exec(folded.slice(end, end + 10));
    const afterMult = mult ? end + mult[0].length : end;
    let symbol: string | undefined;
    const before = folded.slice(Math.max(0, start - 8), start);
    const pre = PRE_BEFORE.exec(before);
    if (pre) {
      symbol = pre[1]!;
      start -= pre[0].length;
    } else {
      const post = POST_AFTER.exec(folded.slice(afterMult, afterMult + 14));
      if (post) {
        symbol = post[1]!;
        end = afterMult + post[0].length;
      } else {
        const glued = GLUED_BEFORE.exec(before);
        // Zambian kwacha "K12,000", naira "N150,000"/"N250k", rand "R15,000": only a grouped or multiplied number.
        if (glued && (/[,]/.test(m[0]) || mult?.[1] === 'k')) {
          symbol = GLUED_CODES[glued[1]!]!;
          start -= 1;
        } else if (text && leones(text, start, m[0], mult?.[1], folded.slice(afterMult, afterMult + 4))) {
          const le = LEONE_BEFORE.exec(text.slice(Math.max(0, start - 3), start))!;
          symbol = 'sle';
          start -= le[0].length;
        }
      }
    }
    if (!symbol) continue;
    // "MK41 6AT", "RS1 2AB": a UK postcode, not Malawi kwacha or rupees.
    if (/^[a-z]+$/.test(symbol) && !/\s$/.test(pre?.[0] ?? ' ') && POSTCODE_INWARD.test(folded.slice(end, end + 5))) continue;
    if (mult) {
      value *= MULTIPLIERS[mult[1]!] ?? 1;
      if (end < afterMult) end = afterMult;
    }
    if (!Number.isFinite(value) || value <= 0) continue;
    let key = symbol.replace(/\s/g, '');
    if (key === '$') {
      // "CAD $36", "$1.400.000 CLP": a code beside the dollar sign says which dollar or peso.
      const code = DOLLAR_CODE_BEFORE.exec(folded.slice(Math.max(0, start - 5), start)) ?? DOLLAR_CODE_AFTER.exec(folded.slice(afterMult, afterMult + 5));
      if (code) key = code[1]!;
    }
    const currency = CODE.get(key) ?? 'USD';
    const range = RANGE_AFTER.test(folded.slice(end, end + 12)) || RANGE_BEFORE.test(folded.slice(Math.max(0, start - 14), start));
    found.push({ start, end, value, currency, bareDollar: key === '$', period: periodAfter(folded, end), range });
  }
  return inheritRangeCurrency(found);
}

/**
 * "Le 45,000", "Le 2.5 million", "Le 45k": leones. French "Le 15 mars", "Le 1,5 million de…" are not:
 * the number must be grouped in thousands with commas, or carry an English multiplier.
 */
function leones(text: string, start: number, number: string, mult: string | undefined, afterMult: string): boolean {
  if (!LEONE_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (GROUPED_THOUSANDS.test(number)) return true;
  return mult !== undefined && /^(?:k|m|mn|million|bn)$/.test(mult) && !number.includes(',') && !/^\s?de\b/.test(afterMult);
}

/** "CAD $36–$46": the second end of a range is in the first end's dollars. */
function inheritRangeCurrency(found: Money[]): Money[] {
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1]!;
    const current = found[i]!;
    if (current.bareDollar && current.currency === 'USD' && current.range && previous.range && current.start - previous.end <= 4) {
      found[i] = { ...current, currency: previous.currency, bareDollar: previous.bareDollar };
    }
  }
  return found;
}
