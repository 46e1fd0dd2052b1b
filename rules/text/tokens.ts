// Word tokens over folded text. A token remembers whether a sentence break separates it from
// the previous token, so phrases never match across sentences.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A newline or sentence punctuation lies between the previous token and this one. */
  breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[%&+#@]/gu;
const HARD_BREAK = /[\n\r!?;•·▪●◦■□➤►✅✔❌⚠️📌📍📲👉]|\.(?!\d)/u;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of folded.matchAll(TOKEN)) {
    const start = match.index;
    // The gap plus the token's first character, so "3.500" is not a sentence end.
    const gap = folded.slice(previousEnd, start + 1);
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      breakBefore: tokens.length === 0 || (gap.length > 1 && HARD_BREAK.test(gap)),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}
