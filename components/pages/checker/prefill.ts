// Text sent to the checker from the context menu: kept in storage.session (memory only, never on
// disk, never over the network), or in the page's URL hash where storage.session doesn't exist.

import { browser } from 'wxt/browser';

export const PREFILL_KEY = 'checker-prefill';
/** Longest text carried in a URL hash (the fallback). */
const MAX_HASH = 30_000;

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

/** Stores the text and returns the checker URL to open. */
export async function storePrefill(text: string): Promise<string> {
  const base = browser.runtime.getURL('/checker.html');
  const session = sessionArea();
  if (session) {
    try {
      await session.set({ [PREFILL_KEY]: text });
      return `${base}#prefill`;
    } catch {
      // fall through to the hash
    }
  }
  return `${base}#text=${encodeURIComponent(text.slice(0, MAX_HASH))}`;
}

/** The text sent to this checker page, once (removed after reading). */
export async function takePrefill(hash: string = location.hash): Promise<string | undefined> {
  if (hash.startsWith('#text=')) return decodeURIComponent(hash.slice('#text='.length));
  if (hash !== '#prefill') return undefined;
  const session = sessionArea();
  if (!session) return undefined;
  const value = (await session.get(PREFILL_KEY))[PREFILL_KEY];
  await session.remove(PREFILL_KEY);
  return typeof value === 'string' ? value : undefined;
}
