// "Check with Recruit Lens" on selected text: opens the recruiter self-check with the selection.
// The text travels through storage.session (memory only) or the checker URL's hash — never over
// the network.

import { browser } from 'wxt/browser';
import { storePrefill } from '../../components/pages/checker/prefill';

export const CONTEXT_MENU_ID = 'recruit-lens-check';

interface ClickInfo {
  menuItemId: string | number;
  selectionText?: string;
}

/** What a click on the menu item does; exported so tests can run it through the service worker. */
export async function checkSelection(info: ClickInfo): Promise<void> {
  if (info.menuItemId !== CONTEXT_MENU_ID) return;
  const url = await storePrefill(info.selectionText ?? '');
  await browser.tabs.create({ url });
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CONTEXT_MENU_ID,
    title: browser.i18n.getMessage('contextMenuCheck') || 'Check with Recruit Lens',
    contexts: ['selection'],
  });
}

export function registerContextMenu(): void {
  // Recreated at every start: Chrome keeps menus across restarts, Firefox's event pages don't.
  void createMenu().catch((error) => console.warn('[recruit-lens] context menu', error));
  browser.contextMenus.onClicked.addListener((info) => {
    void checkSelection(info).catch((error) => console.warn('[recruit-lens] check selection', error));
  });
  // Test hook, only in the demo/test build: the browser tests call the handler through the worker,
  // since Playwright cannot open a native context menu.
  if (import.meta.env.MODE === 'demo') {
    (globalThis as unknown as { recruitLensCheckSelection?: typeof checkSelection }).recruitLensCheckSelection = checkSelection;
  }
}
