// Saved HTML → Document in Node, with happy-dom. Kept apart from the readers so the content
// script never bundles happy-dom. No script runs and nothing is fetched.

import { Window } from 'happy-dom';

/** Parses an HTML page the way a browser would, without running or loading anything. */
export function parseHtml(html: string, url?: string): Document {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}
