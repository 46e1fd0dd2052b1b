// Readable text of a DOM subtree with standard DOM only (happy-dom has no layout, so no innerText).

import {
  HIDDEN_CONTENT_TAGS,
  LINE_MARK,
  LIST_TAGS,
  breakFor,
  bulletFor,
  collapseInline,
  normalizeLines,
} from './text-layout';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Classes boards use for text only screen readers get (a second copy of a visible label). */
const SCREEN_READER_ONLY_CLASSES = [
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'a11y-text',
  'visuallyhidden',
];

interface WalkOptions {
  skipScreenReaderOnly: boolean;
}

/** Text of an element as a reader sees it: block elements on their own lines, bullets for items. */
export function elementText(el: Element): string {
  return normalizeLines(walk(el, { skipScreenReaderOnly: false }));
}

/** Text of a label-like element (title, company, location) on one line, without duplicates for screen readers. */
export function inlineText(el: Element): string {
  return collapseInline(walk(el, { skipScreenReaderOnly: true })).trim();
}

function isSkipped(el: Element, root: Element, options: WalkOptions): boolean {
  const tag = el.localName.toLowerCase();
  if (HIDDEN_CONTENT_TAGS.has(tag)) return true;
  if (el === root) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return true;
  if (options.skipScreenReaderOnly) {
    const classes = el.classList;
    for (const name of SCREEN_READER_ONLY_CLASSES) if (classes.contains(name)) return true;
  }
  return false;
}

type Step = { node: Node } | { close: string };

/** Depth-first walk with an explicit stack, so very deep markup cannot overflow the call stack. */
function walk(root: Element, options: WalkOptions): string {
  const out: string[] = [];
  const stack: Step[] = [{ node: root }];
  let listDepth = 0;
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      if (LIST_TAGS.has(step.close)) {
        out.push(listDepth > 1 ? LINE_MARK : breakFor(step.close));
        listDepth = Math.max(0, listDepth - 1);
      } else {
        out.push(breakFor(step.close));
      }
      continue;
    }
    const node = step.node;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.push(collapseInline(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (isSkipped(el, root, options)) continue;
    const tag = el.localName.toLowerCase();
    if (tag === 'br') {
      out.push(breakFor('br'));
      continue;
    }
    if (LIST_TAGS.has(tag)) {
      // A list inside a list item stays with its item: a line break, not a paragraph.
      out.push(listDepth > 0 ? LINE_MARK : breakFor(tag));
      listDepth++;
    } else {
      // The element read is never itself bulleted: a card that is an <li> starts plainly.
      out.push(tag === 'li' && el !== root ? bulletFor(listDepth) : breakFor(tag));
    }
    stack.push({ close: tag });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child });
    }
  }
  return out.join('');
}
