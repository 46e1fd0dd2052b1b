// Small DOM helpers for readers: selector lists tried in order, text of the first match, URLs.

import { elementText, inlineText } from './dom-text';

/** Selectors are tried one by one, so one the engine rejects does not hide the others. */
function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** First element matched by the first selector that matches anything. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by any selector, each once, in document order. */
export function allMatches(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const selector of selectors) for (const el of safeQueryAll(root, selector)) seen.add(el);
  return [...seen].sort(byDocumentOrder);
}

const DOCUMENT_POSITION_FOLLOWING = 4;

function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** One-line text of the first matching element that has any text. */
export function firstLabel(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of safeQueryAll(root, selector)) {
      const text = inlineText(el);
      if (text) return text;
    }
  }
  return undefined;
}

/** Multi-line text of the first matching element that has any text. */
export function firstBlockText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of safeQueryAll(root, selector)) {
      const text = elementText(el);
      if (text) return text;
    }
  }
  return undefined;
}

/** Text nodes directly inside an element, ignoring its child elements. */
export function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Absolute http(s) URL for an href, or undefined when it cannot be resolved. */
export function absoluteUrl(href: string | null | undefined, base?: URL | string): string | undefined {
  if (!href) return undefined;
  try {
    const url = base === undefined ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Safe URL parse. */
export function parseUrl(href: string | null | undefined, base?: URL | string): URL | undefined {
  const abs = absoluteUrl(href, base);
  return abs ? new URL(abs) : undefined;
}

/** Content of <meta name=…> or <meta property=…>. */
export function metaContent(doc: Document, key: string): string | undefined {
  for (const el of safeQueryAll(doc, 'meta')) {
    if (el.getAttribute('name') === key || el.getAttribute('property') === key) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

/** Text of the <dd> whose <dt> label matches, e.g. ddAfterDt(root, /^salary$/i). */
export function valueAfterLabel(root: ParentNode, label: RegExp): Element | undefined {
  for (const dt of safeQueryAll(root, 'dt, th')) {
    if (!label.test(inlineText(dt))) continue;
    const next = dt.nextElementSibling;
    if (next && (next.localName === 'dd' || next.localName === 'td')) return next;
  }
  return undefined;
}
