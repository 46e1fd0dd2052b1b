// Finds an ad's evidence quotes in the page's own text nodes and returns DOM Ranges over them (for
// the CSS Custom Highlight API), without touching the page. Matching ignores case and whitespace,
// since the page splits text across elements and lines differently from the ad text.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'RECRUIT-LENS-OVERLAY']);
const WHITESPACE = /\s+/g;

export interface TextIndex {
  /** The root's text, lower-cased, without whitespace. */
  text: string;
  nodes: Text[];
  /** Where each node's squeezed text starts in `text`. */
  starts: number[];
}

const squeeze = (text: string) => text.toLowerCase().replace(WHITESPACE, '');

export function indexText(root: Element): TextIndex {
  const index: TextIndex = { text: '', nodes: [], starts: [] };
  const parts: string[] = [];
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (SKIP.has(el.nodeName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const part = squeeze(node.data);
    if (!part) continue;
    index.nodes.push(node);
    index.starts.push(length);
    parts.push(part);
    length += part.length;
  }
  index.text = parts.join('');
  return index;
}

/** The node holding squeezed position `at`, and the offset in its raw text of that character. */
function locate(index: TextIndex, at: number, edge: 'start' | 'end'): [Text, number] {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo]!;
  let remaining = at - index.starts[lo]!;
  const raw = node.data;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) continue;
    const width = ch.toLowerCase().length;
    if (remaining < width) return [node, edge === 'start' ? i : i + 1];
    remaining -= width;
  }
  return [node, raw.length];
}

/** Ranges over every occurrence of `quote` in the indexed text (none when too short to be meaningful). */
export function rangesOf(index: TextIndex, quote: string): Range[] {
  const needle = squeeze(quote);
  if (needle.length < 3) return [];
  const ranges: Range[] = [];
  for (let at = index.text.indexOf(needle); at >= 0; at = index.text.indexOf(needle, at + needle.length)) {
    const [startNode, startOffset] = locate(index, at, 'start');
    const [endNode, endOffset] = locate(index, at + needle.length - 1, 'end');
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    ranges.push(range);
  }
  return ranges;
}
