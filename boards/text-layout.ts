// How HTML elements lay out as plain text. Shared by htmlToText (strings) and elementText (DOM).

/** Elements whose content is never readable page text. */
export const HIDDEN_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
  'recruit-lens-overlay', // our own injected UI
]);

/** Elements set off by a blank line. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'form',
  'fieldset', 'address', 'hr', 'details',
]);

/** Elements that start and end on their own line. */
const LINE_TAGS: ReadonlySet<string> = new Set([
  'div', 'li', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'summary', 'legend', 'option',
  'center', 'tbody', 'thead', 'tfoot', 'menu', 'body', 'html',
]);

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu']);

// Layout marks in the raw stream, resolved by normalizeLines. Control characters never survive
// collapseInline, so page text cannot forge them.
/** One level of list indentation. */
export const INDENT_MARK = '\u0001';
/** A paragraph edge: a blank line. */
export const PARAGRAPH_MARK = '\u0002';
/** A <br>: a line break; two in a row make a blank line. */
export const BR_MARK = '\u0003';
/** A block edge: a line break (any number in a row make one). */
export const LINE_MARK = '\n';

/** Text to emit where an element opens or closes ('' for inline elements). */
export function breakFor(tag: string): string {
  if (tag === 'br') return BR_MARK;
  if (PARAGRAPH_TAGS.has(tag)) return PARAGRAPH_MARK;
  if (LINE_TAGS.has(tag)) return LINE_MARK;
  if (CELL_TAGS.has(tag)) return ' ';
  return '';
}

/** The line prefix of a list item at a nesting depth (1 = top level). */
export function bulletFor(listDepth: number): string {
  const depth = Math.max(1, listDepth);
  return LINE_MARK + INDENT_MARK.repeat(depth - 1) + (depth === 1 ? '• ' : '◦ ');
}

// Control characters other than tab/newline/CR, and our indent mark if it came from the input.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const INVISIBLE_CHARS = /[\u00ad\u200b\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;

/** Anything collapseInline would change; most text runs have none, and skip the three passes. */
const NEEDS_COLLAPSE = /[\u0000-\u001f\u007f\u00ad\u200b\u2060\ufeff]|\s\s|[^\S ]/;

/** Collapses a run of source text the way a browser does: any whitespace run becomes one space. */
export function collapseInline(text: string): string {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(CONTROL_CHARS, '').replace(INVISIBLE_CHARS, '').replace(WHITESPACE_RUN, ' ');
}

function isBreakOrSpace(code: number): boolean {
  return code === 10 || code === 2 || code === 3 || code === 32;
}

/**
 * Turns the raw stream (collapsed text plus layout marks) into tidy lines: trimmed, one blank line
 * between paragraphs and none elsewhere, none at the ends, list indentation as spaces. Linear.
 */
export function normalizeLines(raw: string): string {
  const out: string[] = [];
  const gap = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  let i = 0;
  while (i < raw.length) {
    let end = i;
    while (end < raw.length) {
      const code = raw.charCodeAt(end);
      if (code === 10 || code === 2 || code === 3) break;
      end++;
    }
    let line = raw.slice(i, end);
    if (line.includes('  ')) line = line.replace(/ {2,}/g, ' ');
    line = line.trim();
    if (line) out.push(line.includes(INDENT_MARK) ? line.split(INDENT_MARK).join('  ') : line);
    // Consume the run of marks (and spaces between them) after the line.
    let paragraph = false;
    let brs = 0;
    while (end < raw.length && isBreakOrSpace(raw.charCodeAt(end))) {
      const code = raw.charCodeAt(end);
      if (code === 2) paragraph = true;
      else if (code === 3) brs++;
      end++;
    }
    if (paragraph || brs >= 2) gap();
    i = end;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
