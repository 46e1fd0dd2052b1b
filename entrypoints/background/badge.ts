// The toolbar badge: how many ads of concern the tab shows (empty when none).

import { browser } from 'wxt/browser';
import type { AdSummary } from '../../utils/messages';

export function concernCount(ads: readonly AdSummary[]): number {
  return new Set(ads.filter((a) => a.health && a.verdict === 'concern').map((a) => a.id)).size;
}

/** chrome.action in MV3, browserAction in Firefox MV2. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function showCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) {
      await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      if ('setBadgeTextColor' in action) await (action as { setBadgeTextColor(d: { tabId: number; color: string }): Promise<void> }).setBadgeTextColor({ tabId, color: '#ffffff' });
    }
  } catch (error) {
    // The tab may have closed in the meantime.
    console.debug('[recruit-lens] toolbar badge not updated', error);
  }
}
