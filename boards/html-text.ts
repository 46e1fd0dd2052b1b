// HTML string → readable text, with no DOM. Used for JSON-LD descriptions and for .json files.
// One left-to-right pass per rendering; every search moves forward, so time is linear in the
// input even for adversarial text (a million '<', unclosed tags, unclosed quotes).

import { decodeEntities } from './entities';
import {
  HIDDEN_CONTENT_TAGS,
  LINE_MARK,
  LIST_TAGS,
  breakFor,
  bulletFor,
  collapseInline,
  normalizeLines,
} from './text-layout';

/** Elements whose content is raw text up to their end tag, never markup. */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'xmp', 'textarea']);

/** Tag names whose presence in decoded text means the HTML arrived entity-escaped. */
const ESCAPED_MARKUP_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'li', 'ul', 'ol', 'div', 'span', 'strong', 'b', 'i', 'em', 'u', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'a', 'table', 'tr', 'td', 'th', 'tbody', 'hr', 'blockquote', 'section',
  'font', 'small', 'sup', 'sub', 'dl', 'dt', 'dd', 'pre', 'img',
]);

const MAX_EXTRA_PASSES = 2;

/**
 * Readable text of an HTML fragment or page: entities decoded, block elements and <br> on their
 * own lines, list items as bullets, paragraphs separated by one blank line, spaces collapsed.
 * HTML that arrived entity-escaped ("&lt;p&gt;…") is decoded and then rendered again.
 */
export function htmlToText(html: string): string {
  let text = renderHtml(html);
  for (let pass = 0; pass < MAX_EXTRA_PASSES && containsMarkup(text); pass++) {
    text = renderHtml(text);
  }
  return text;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/**
 * Index of the '>' that ends a tag whose name ends at `from`, or -1 at end of input. A quote opens
 * an attribute value only right after '=', as in the HTML tokenizer.
 */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === 62 /* > */) return i;
    if (code === 61 /* = */) {
      afterEquals = true;
      continue;
    }
    if (afterEquals && (code === 34 || code === 39)) {
      quote = code;
      afterEquals = false;
      continue;
    }
    if (!isSpace(code)) afterEquals = false;
  }
  return -1;
}

/** Index just past the end tag </name…> of a raw-text element, or the input length. */
function skipRawText(html: string, from: number, name: string): number {
  let at = html.indexOf('</', from);
  while (at !== -1) {
    const candidate = html.slice(at + 2, at + 2 + name.length).toLowerCase();
    if (candidate === name && !isTagNameChar(html.charCodeAt(at + 2 + name.length))) {
      const end = findTagEnd(html, at + 2 + name.length);
      return end === -1 ? html.length : end + 1;
    }
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

/** Is the '<' at `lt` the start of markup (a tag, end tag, comment or declaration)? */
function startsMarkup(html: string, lt: number): boolean {
  const next = html.charCodeAt(lt + 1);
  if (next === 33 /* ! */ || next === 63 /* ? */) return true;
  return isAsciiLetter(next === 47 /* / */ ? html.charCodeAt(lt + 2) : next);
}

function renderHtml(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let hiddenDepth = 0;
  let listDepth = 0;
  const emit = (piece: string): void => {
    if (hiddenDepth === 0) out.push(piece);
  };
  let textStart = 0;
  let searchFrom = 0;

  while (textStart < n) {
    const lt = html.indexOf('<', searchFrom);
    if (lt !== -1 && !startsMarkup(html, lt)) {
      searchFrom = lt + 1; // a literal '<', as in "a < b": part of the text
      continue;
    }
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > textStart) emit(collapseInline(decodeEntities(html.slice(textStart, textEnd))));
    if (lt === -1) break;

    let next = n;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      next = end === -1 ? n : end + 3;
    } else if (html.charCodeAt(lt + 1) === 33 || html.charCodeAt(lt + 1) === 63) {
      // Doctype, CDATA, processing instruction: a bogus comment up to the next '>'.
      const end = html.indexOf('>', lt + 2);
      next = end === -1 ? n : end + 1;
    } else {
      const closing = html.charCodeAt(lt + 1) === 47;
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < n && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd++;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      const tagEnd = findTagEnd(html, nameEnd);
      if (tagEnd === -1) break; // end of input inside a tag: the unfinished tag is dropped
      const selfClosing = html.charCodeAt(tagEnd - 1) === 47;
      next = tagEnd + 1;
      if (!closing && RAW_TEXT_TAGS.has(name)) {
        if (!selfClosing) next = skipRawText(html, next, name);
      } else if (HIDDEN_CONTENT_TAGS.has(name)) {
        if (!selfClosing) hiddenDepth = closing ? Math.max(0, hiddenDepth - 1) : hiddenDepth + 1;
      } else if (LIST_TAGS.has(name)) {
        // A list inside a list item stays with its item: a line break, not a paragraph.
        const nested = closing ? listDepth > 1 : listDepth > 0;
        listDepth = closing ? Math.max(0, listDepth - 1) : listDepth + 1;
        emit(nested ? LINE_MARK : breakFor(name));
      } else if (name === 'li' && !closing) {
        emit(bulletFor(listDepth));
      } else {
        emit(breakFor(name));
      }
    }
    textStart = searchFrom = next;
  }
  return normalizeLines(out.join(''));
}

/** Does rendered text still contain tags, i.e. was the HTML entity-escaped? */
function containsMarkup(text: string): boolean {
  let lt = text.indexOf('<');
  while (lt !== -1) {
    const start = text.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
    let end = start;
    while (end < text.length && end - start < 12 && isTagNameChar(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    if (end > start && (after === 62 || after === 47 || isSpace(after))) {
      if (ESCAPED_MARKUP_TAGS.has(text.slice(start, end).toLowerCase())) return true;
    }
    lt = text.indexOf('<', lt + 1);
  }
  return false;
}
