// Adds the highlight colours to a page as an extension stylesheet, so the content script never
// has to put a <style> element into the page's DOM.

import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS } from '../../components/overlay/highlight-style';
import { handleMessage } from '../../utils/message-bus';

export function registerPageStyle(): void {
  handleMessage('highlight-style', async (_message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    if (browser.scripting?.insertCSS) await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: HIGHLIGHT_CSS });
    else await browser.tabs.insertCSS(tabId, { code: HIGHLIGHT_CSS, frameId, cssOrigin: 'user' });
  });
}
