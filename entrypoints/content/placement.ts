// Where a badge goes: right after the ad's title (outside its link, so clicking the badge never
// follows it), else at the start of the card. In the flow, so it never covers the board's controls.

/** Where titles are, most likely first: headings and links, then elements named for titles. */
const TITLE_CANDIDATES = ['h1, h2, h3, h4, h5, a[href]', '[class*="title" i], [data-testid*="title" i], [data-automation*="title" i]'];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The element inside `root` that holds the ad's title: one whose text is the title, else the
 * smallest whose text starts with it (boards repeat titles for screen readers). Widened to the
 * outermost element that is still only the title, and to the link around it.
 */
export function titleElement(root: Element, title: string | undefined): Element | undefined {
  const wanted = squash(title);
  if (!wanted) return undefined;
  let found: Element | undefined;
  for (const selector of TITLE_CANDIDATES) {
    found = bestTitleMatch(root.querySelectorAll(selector), wanted);
    if (found) break;
  }
  if (!found) return undefined;
  while (found.parentElement && found.parentElement !== root && squash(found.parentElement.textContent) === squash(found.textContent)) found = found.parentElement;
  const link = found.parentElement?.closest('a');
  return link && root.contains(link) ? link : found;
}

function bestTitleMatch(candidates: NodeListOf<Element>, wanted: string): Element | undefined {
  let best: Element | undefined;
  let bestLength = Infinity;
  for (const el of Array.from(candidates)) {
    const text = squash(el.textContent);
    if (text === wanted) return el;
    if (text.length < bestLength && text.startsWith(wanted)) {
      best = el;
      bestLength = text.length;
    }
  }
  return best;
}

/** Puts `host` after the title of the ad read from `root`, or first in `root`. */
export function placeHost(root: Element, title: string | undefined, host: Element): void {
  const anchor = titleElement(root, title);
  if (anchor) anchor.after(host);
  else root.prepend(host);
}

/** Is `host` still where placeHost would put it for this root? */
export function isPlaced(root: Element, host: Element): boolean {
  return host.isConnected && root.contains(host);
}
