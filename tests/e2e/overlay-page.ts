// Reading the overlay in a live page: its hosts (`recruit-lens-overlay`), their verdicts, the panel.

import type { Page, Worker } from '@playwright/test';

export interface HostState {
  id: string;
  kind: string;
  verdict: string | null;
}

export async function overlayHosts(page: Page): Promise<HostState[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('recruit-lens-overlay'))
      .filter((h) => (h as HTMLElement).dataset.kind === 'card' || (h as HTMLElement).dataset.kind === 'detail')
      .map((h) => ({
        id: (h as HTMLElement).dataset.adId ?? '',
        kind: (h as HTMLElement).dataset.kind ?? '',
        verdict: h.shadowRoot?.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
      })),
  );
}

export const hostSelector = (id: string, kind: string) => `recruit-lens-overlay[data-kind="${kind}"][data-ad-id="${id}"]`;

/**
 * Is each ad's host inside its own card? The nearest ancestor holding the ad's title must not hold
 * another ad's title.
 */
export async function misplacedHosts(page: Page, ads: Array<{ id: string; kind: string; title: string }>): Promise<string[]> {
  return page.evaluate((list) => {
    const squash = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const wrong: string[] = [];
    for (const ad of list) {
      const host = document.querySelector(`recruit-lens-overlay[data-kind="${ad.kind}"][data-ad-id="${CSS.escape(ad.id)}"]`);
      let el = host?.parentElement ?? null;
      while (el && !squash(el.textContent).includes(squash(ad.title))) el = el.parentElement;
      const others = list.filter((o) => o.title && squash(o.title) !== squash(ad.title)).map((o) => squash(o.title));
      if (!el || others.some((t) => squash(el!.textContent).includes(t))) wrong.push(`${ad.kind} ${ad.id}`);
    }
    return wrong;
  }, ads);
}

export async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (!registry) return -1;
    let n = 0;
    for (const highlight of registry.values()) n += highlight.size;
    return n;
  });
}

/** The id of the tab showing `page` (by its URL), seen from the service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (address) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === address);
    if (!tab) throw new Error(`no tab at ${address}`);
    return tab.id;
  }, url);
}

export async function toolbarText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function tabResults(worker: Worker, tabId: number): Promise<{ status: string; ads: unknown[] } | undefined> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = await (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(key);
    return stored[key] as { status: string; ads: unknown[] } | undefined;
  }, tabId);
}

export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
}
