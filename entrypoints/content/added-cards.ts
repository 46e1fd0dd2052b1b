// Infinite scroll without reading the whole page again: the elements the page appended are copied
// into a scratch document, read there by the same readers (readPage), and each ad is traced back
// to the matching element of the page. Undefined whenever that would not be the same as a full
// read (no known board, a detail pane among the additions), so the caller reads the page instead.

import { boardForDocument, boardForUrl, readPage } from '../../boards/index';
import { pageUrls } from '../../boards/page-url';
import type { PageAd } from '../../boards/types';

/** The board and the address its reader should see for this page, when the board is known. */
export function boardAddress(doc: Document, location: URL): URL | undefined {
  const board = boardForUrl(location) ?? boardForDocument(doc);
  return board ? [location, ...pageUrls(doc)].find((url) => board.matches(url)) : undefined;
}

/** The additions that are not inside other additions, still in the page. */
function outermost(elements: readonly Element[]): Element[] {
  const live = elements.filter((el) => el.isConnected);
  return live.filter((el) => !live.some((other) => other !== el && other.contains(el)));
}

/** Child indexes from `root` down to `el`. */
function pathTo(root: Node, el: Node): number[] {
  const path: number[] = [];
  for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
    const parent: Node | null = node.parentNode;
    if (!parent) return [];
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, node));
  }
  return path;
}

function follow(root: Node, path: readonly number[]): Element | undefined {
  let node: Node | undefined = root;
  for (const i of path) node = node?.childNodes[i];
  return node?.nodeType === 1 ? (node as Element) : undefined;
}

export function readAddedCards(added: readonly Element[], doc: Document, address: URL): PageAd[] | undefined {
  const roots = outermost(added);
  if (roots.length === 0) return [];
  const scratch = doc.implementation.createHTMLDocument('');
  scratch.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  const copies = roots.map((root) => scratch.body.appendChild(scratch.importNode(root, true)));
  const read = readPage(scratch, address);
  if (read.status !== 'ok') return [];
  const ads: PageAd[] = [];
  for (const pageAd of read.ads) {
    if (pageAd.kind !== 'card') return undefined;
    const at = copies.findIndex((copy) => copy === pageAd.element || copy.contains(pageAd.element));
    const element = at >= 0 ? follow(roots[at]!, pathTo(copies[at]!, pageAd.element)) : undefined;
    if (!element) return undefined;
    ads.push({ ...pageAd, element });
  }
  return ads;
}
