// Word tokens over folded text. A token remembers whether a sentence break separates it from
// the previous token, so phrases never match across sentences.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A newline or sentence punctuation lies between the previous token and this one. */
  breakBefore: boolean;
}

/** Characters that end a sentence wherever they stand between two words. */
const BREAKS = new Set([...'\n\r!?;•·▪●◦■□➤►✅✔❌⚠📌📍📲👉'].map((c) => c.codePointAt(0)!));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Abbreviations whose full stop does not end a sentence ("ca. 3.150 €", "Pvt. Ltd.", "z.B."). */
const ABBREVIATIONS = new Set([
  'ca', 'approx', 'eg', 'e', 'g', 'i', 'ie', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nr', 'n', 'vs', 'etc', 'inc', 'ltd', 'co', 'pvt',
  'pty', 'tel', 'p', 'a', 'max', 'min', 'incl', 'excl', 'inkl', 'bzw', 'z', 'b', 'u', 'ggf', 'ua', 'evtl', 'sr', 'jr', 'mt', 'av',
  'env', 'cf', 'art', 'ex', 'prof', 'dept', 'est', 'aprox', 'pag', 'sra', 'sr', 'dra', 'ctra', 'lda', 'cia', 'sa', 'hab',
  'ksh', 'kshs', 'rs', 'tk', 'tshs', 'ushs',
]);

/** Is there a sentence break in folded[from, to)? A "." counts unless a digit follows (3.500) or it ends an abbreviation. */
function hasBreak(folded: string, from: number, to: number, previous: string): boolean {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 46) {
      if (!isDigit(folded.charCodeAt(i + 1)) && !(i === from && ABBREVIATIONS.has(previous))) return true;
    } else if (code < 128 ? code === 10 || code === 13 || code === 33 || code === 63 || code === 59 : BREAKS.has(folded.codePointAt(i)!)) {
      return true;
    }
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SYMBOL = new Set([37, 38, 43, 35, 64]); // % & + # @
/** For code units ≥ 128: 1 = part of a word, 0 = not (letters/digits outside ASCII, by regex once). */
const wideCache = new Uint8Array(65536);
const wideKnown = new Uint8Array(65536);

/** Length in UTF-16 units of the word character at i (1 or 2), or 0 when it is not one. */
function wordCharAt(folded: string, i: number): number {
  const code = folded.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = folded.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0; // a lone high surrogate
    return WORD_CHAR.test(folded.slice(i, i + 2)) ? 2 : 0;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // a lone low surrogate
  if (!wideKnown[code]) {
    wideCache[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
    wideKnown[code] = 1;
  }
  return wideCache[code]!;
}

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const width = wordCharAt(folded, i);
    let end: number;
    if (width) {
      end = i + width;
      for (let w = wordCharAt(folded, end); end < length && w; w = wordCharAt(folded, end)) end += w;
    } else if (SYMBOL.has(folded.charCodeAt(i))) {
      end = i + 1;
    } else {
      i++;
      continue;
    }
    tokens.push({
      text: folded.slice(i, end),
      start: i,
      end,
      breakBefore: tokens.length === 0 || (i > previousEnd && hasBreak(folded, previousEnd, i, tokens[tokens.length - 1]!.text)),
    });
    previousEnd = end;
    i = end;
  }
  return tokens;
}
