// Case- and accent-folding that keeps every offset: fold(s).length === s.length, so a match in the
// folded text is a match at the same offsets in the original.

const SPECIAL: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u0130': 'i', '\u0131': 'i', '\u00DF': '\u00DF', '\u1E9E': '\u00DF',
  '\u00F8': 'o', '\u00D8': 'o', '\u0142': 'l', '\u0141': 'l', '\u0111': 'd', '\u0110': 'd',
  '\u00E6': '\u00E6', '\u0153': '\u0153',
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  const special = SPECIAL[ch];
  let folded: string;
  if (special !== undefined) folded = special;
  else {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD')[0] ?? lower;
    folded = lower.length === 1 && base.length === 1 ? base : ch;
  }
  if (cache.size < 4096) cache.set(ch, folded);
  return folded;
}

const NON_ASCII = /[^\x00-\x5f\x61-\x7f]/g;

/** Lower-case, strip diacritics and unify quotes, dashes and spaces, one UTF-16 unit for one. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for everything but a few letters (İ); fall back to per-unit then.
  if (lower.length !== text.length) return text.replace(/[\s\S]/g, foldChar);
  return lower.replace(NON_ASCII, (ch, offset: number) => foldChar(text[offset]!));
}
