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

/** Is there a sentence break in folded[from, to)? A "." counts unless a digit follows (3.500). */
function hasBreak(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 46) {
      if (!isDigit(folded.charCodeAt(i + 1))) return true;
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

function isWordUnit(folded: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(folded.codePointAt(i)!));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(folded.codePointAt(i - 1)!));
  if (!wideKnown[code]) {
    wideCache[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
    wideKnown[code] = 1;
  }
  return wideCache[code] === 1;
}

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const code = folded.charCodeAt(i);
    let end: number;
    if (isWordUnit(folded, i, code)) {
      end = i + 1;
      while (end < length && isWordUnit(folded, end, folded.charCodeAt(end))) end++;
    } else if (SYMBOL.has(code)) {
      end = i + 1;
    } else {
      i++;
      continue;
    }
    tokens.push({
      text: folded.slice(i, end),
      start: i,
      end,
      breakBefore: tokens.length === 0 || (i > previousEnd && hasBreak(folded, previousEnd, i)),
    });
    previousEnd = end;
    i = end;
  }
  return tokens;
}
