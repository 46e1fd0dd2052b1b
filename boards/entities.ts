// HTML character references: named (the common ones), decimal and hex. Linear, no backtracking.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', plusmn: '±', times: '×',
  divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³',
  euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', copy: '©', reg: '®', trade: '™',
  sect: '§', para: '¶', dagger: '†', Dagger: '‡', permil: '‰', prime: '′', Prime: '″',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', iexcl: '¡',
  iquest: '¿', ordf: 'ª', ordm: 'º', micro: 'µ', not: '¬', macr: '¯', acute: '´', cedil: '¸',
  uml: '¨', brvbar: '¦', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ',
  fnof: 'ƒ', circ: 'ˆ', tilde: '˜', rarr: '→', larr: '←', harr: '↔', check: '✓',
  hyphen: '‐', dash: '‐', colon: ':', comma: ',', period: '.', excl: '!', quest: '?',
  lpar: '(', rpar: ')', sol: '/', bsol: '\\', num: '#', dollar: '$', percnt: '%', ast: '*',
  plus: '+', equals: '=', lowbar: '_', verbar: '|', vert: '|', lbrack: '[', rbrack: ']',
  lcub: '{', rcub: '}', semi: ';', commat: '@', Tab: '\t', NewLine: '\n', grave: '`',
};

// Latin-1 letters U+00C0–U+00FF by their entity names (U+00D7 and U+00F7 are times/divide).
const LATIN1_NAMES =
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute ' +
  'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml ' +
  'Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
  'ugrave uacute ucirc uuml yacute thorn yuml';
LATIN1_NAMES.split(' ').forEach((name, i) => {
  NAMED[name] = String.fromCharCode(0xc0 + i);
});

/** Named references a browser also accepts without the semicolon. */
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

// Numeric references 0x80–0x9F mean windows-1252 characters (curly quotes and dashes from Word).
const WINDOWS_1252 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const MAX_NAME = 32;

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function fromCodePoint(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return WINDOWS_1252[cp - 0x80] ?? '\ufffd';
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes character references in a run of text. Unknown or malformed ones stay as written. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const out: string[] = [];
  let from = 0;
  while (amp !== -1) {
    out.push(text.slice(from, amp));
    const decoded = decodeAt(text, amp);
    if (decoded) {
      out.push(decoded.value);
      from = decoded.end;
    } else {
      out.push('&');
      from = amp + 1;
    }
    amp = text.indexOf('&', from);
  }
  out.push(text.slice(from));
  return out.join('');
}

function decodeAt(text: string, amp: number): { value: string; end: number } | undefined {
  let i = amp + 1;
  if (text.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = text.charCodeAt(i) === 120 || text.charCodeAt(i) === 88; // x X
    if (hex) i++;
    const start = i;
    const isNumeral = hex ? isHexDigit : isDigit;
    while (i < text.length && i - start < 8 && isNumeral(text.charCodeAt(i))) i++;
    if (i === start) return undefined;
    const cp = parseInt(text.slice(start, i), hex ? 16 : 10);
    if (text.charCodeAt(i) === 59 /* ; */) i++;
    return { value: fromCodePoint(cp), end: i };
  }
  const start = i;
  while (i < text.length && i - start < MAX_NAME && isAlnum(text.charCodeAt(i))) i++;
  if (i === start) return undefined;
  const name = text.slice(start, i);
  if (text.charCodeAt(i) === 59) {
    const value = NAMED[name];
    return value === undefined ? undefined : { value, end: i + 1 };
  }
  // Without a semicolon only the legacy few, and only where the name really ends ("&ltd=2" stays).
  return LEGACY_NO_SEMICOLON.has(name) ? { value: NAMED[name] ?? '', end: i } : undefined;
}
