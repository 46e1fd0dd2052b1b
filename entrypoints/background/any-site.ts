// The any-site opt-in: when the user grants the optional permission for all sites (from Settings),
// the content script is registered for every site except the boards (which already have it); it
// reads only structured JobPosting data there. Revoking the permission unregisters it.

import { browser } from 'wxt/browser';
import { BOARD_MATCHES } from '../../boards/hosts';

export const ANY_SITE_ID = 'recruit-lens-any-site';
export const ALL_SITES = ['*://*/*'];
const CONTENT_JS = 'content-scripts/content.js';
const EXCLUDED = import.meta.env.MODE === 'demo' ? [...BOARD_MATCHES, 'http://127.0.0.1/*'] : BOARD_MATCHES;

/** Firefox MV2's contentScripts.register (no scripting.registerContentScripts there): lasts while the background runs. */
interface FirefoxContentScripts {
  register(options: { matches: string[]; excludeMatches: string[]; js: Array<{ file: string }>; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> }>;
}
const firefoxScripts = () => (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
let firefoxRegistration: { unregister(): Promise<void> } | undefined;

async function isRegistered(): Promise<boolean> {
  if (browser.scripting?.getRegisteredContentScripts) return (await browser.scripting.getRegisteredContentScripts({ ids: [ANY_SITE_ID] })).length > 0;
  return firefoxRegistration !== undefined;
}

async function register(): Promise<void> {
  if (browser.scripting?.registerContentScripts) {
    await browser.scripting.registerContentScripts([{ id: ANY_SITE_ID, matches: ALL_SITES, excludeMatches: EXCLUDED, js: [CONTENT_JS], runAt: 'document_idle', persistAcrossSessions: true }]);
  } else if (firefoxScripts()) {
    firefoxRegistration = await firefoxScripts()!.register({ matches: ALL_SITES, excludeMatches: EXCLUDED, js: [{ file: `/${CONTENT_JS}` }], runAt: 'document_idle' });
  }
}

async function unregister(): Promise<void> {
  if (browser.scripting?.unregisterContentScripts) await browser.scripting.unregisterContentScripts({ ids: [ANY_SITE_ID] });
  else await firefoxRegistration?.unregister();
  firefoxRegistration = undefined;
}

/** Registers or unregisters the any-site script to match the granted permission. */
export async function syncAnySite(): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = await isRegistered();
  if (granted && !registered) {
    await register();
    return 'registered';
  }
  if (!granted && registered) {
    await unregister();
    return 'unregistered';
  }
  return 'unchanged';
}

export function registerAnySite(): void {
  const sync = () => syncAnySite().catch((error) => console.warn('[recruit-lens] any-site reading not updated', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  void sync();
}
