// Everything we put in a page is a <recruit-lens-overlay> element with an open shadow root holding
// its own styles: page CSS cannot style our UI, and our events do not reach the page's handlers.

import findingsCss from '../../components/findings/findings.css?inline';
import overlayCss from '../../components/overlay/overlay.css?inline';

export const HOST_TAG = 'recruit-lens-overlay';

export type HostKind = 'card' | 'detail' | 'panel' | 'notice';

export interface OverlayHost {
  host: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  mount: HTMLElement;
}

const CSS_TEXT = `${overlayCss}\n${findingsCss}`;
const CONTAINED_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'contextmenu', 'input', 'submit'];
const stop = (event: Event) => event.stopPropagation();

/** One parsed stylesheet shared by every host; undefined where constructed sheets can't be adopted. */
let shared: CSSStyleSheet | null | undefined = null;

function adoptStyles(shadow: ShadowRoot): boolean {
  if (shared === null) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      shared = sheet;
    } catch {
      shared = undefined;
    }
  }
  if (!shared) return false;
  try {
    shadow.adoptedStyleSheets = [shared];
    return true;
  } catch {
    shared = undefined; // e.g. Firefox content scripts (Xray wrappers): fall back to <style>.
    return false;
  }
}

export function isOverlayHost(node: Node): node is HTMLElement {
  return node.nodeName === 'RECRUIT-LENS-OVERLAY';
}

export function createOverlayHost(kind: HostKind, adId?: string): OverlayHost {
  const host = document.createElement(HOST_TAG);
  host.dataset.kind = kind;
  if (adId) host.dataset.adId = adId;
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptStyles(shadow)) {
    const style = document.createElement('style');
    style.textContent = CSS_TEXT;
    shadow.append(style);
  }
  const mount = document.createElement('div');
  mount.className = 'rl-root';
  shadow.append(mount);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop);
  return { host, mount };
}
