// Where a page came from, for saved pages opened without their URL: the canonical link, og:url,
// or the "saved from url" comment browsers write at the top of saved pages.

import { metaContent, parseUrl } from './dom-query';

const COMMENT_NODE = 8;
const SAVED_FROM = /saved from url=\(\d+\)\s*(\S+)/i;

/** URL in a `<!-- saved from url=(0117)https://… -->` comment near the top of the document. */
export function savedFromUrl(doc: Document): URL | undefined {
  const places: ArrayLike<ChildNode>[] = [doc.childNodes];
  if (doc.documentElement) places.push(doc.documentElement.childNodes);
  if (doc.head) places.push(doc.head.childNodes);
  for (const nodes of places) {
    for (let i = 0; i < Math.min(nodes.length, 20); i++) {
      const node = nodes[i];
      if (node?.nodeType !== COMMENT_NODE) continue;
      const match = SAVED_FROM.exec(node.nodeValue ?? '');
      const url = match?.[1] ? parseUrl(match[1]) : undefined;
      if (url) return url;
    }
  }
  return undefined;
}

/** The document's own http(s) address, when it has one (a live page, or parseHtml with a URL). */
function documentAddress(doc: Document): URL | undefined {
  return parseUrl(doc.URL);
}

/**
 * Candidate URLs of the page, best first: canonical, og:url, saved-from comment. A relative
 * canonical is resolved against the document address when there is one.
 */
export function pageUrls(doc: Document): URL[] {
  const address = documentAddress(doc);
  const canonical = parseUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), address);
  const og = parseUrl(metaContent(doc, 'og:url'), address);
  return [canonical, og, savedFromUrl(doc)].filter((u): u is URL => u !== undefined);
}
