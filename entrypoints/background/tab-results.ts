// What each tab shows, for the popup and the toolbar count: the page's summaries joined with the
// ads and analyses this worker produced for that tab. Kept in memory and in storage.session, since
// the MV3 service worker can be stopped at any time; cleared when the tab leaves the page.

import { browser } from 'wxt/browser';
import type { Analysis, JobAd } from '../../rules/schema';
import { handleMessage } from '../../utils/message-bus';
import type { TabAd, TabResults, ToBackground } from '../../utils/messages';
import { concernCount, showCount } from './badge';
import { sessionArea } from './session-area';

type PageResults = Omit<Extract<ToBackground, { type: 'page-results' }>, 'type'>;
interface Analysed {
  ad: JobAd;
  analysis: Analysis;
}

/** Analyses kept per tab (most recent last); older ones are dropped beyond this. */
export const MAX_ADS_PER_TAB = 500;

const resultsKey = (tabId: number) => `tab:${tabId}`;
const adsKey = (tabId: number) => `tab-ads:${tabId}`;
const withoutHash = (url: string) => url.replace(/#.*$/, '');

export class TabResultsStore {
  private results = new Map<number, TabResults | null>();
  private analysed = new Map<number, Map<string, Analysed>>();

  constructor(private readonly area = sessionArea()) {}

  private async analysedFor(tabId: number): Promise<Map<string, Analysed>> {
    let map = this.analysed.get(tabId);
    if (map) return map;
    const stored = (await this.area?.get(adsKey(tabId)))?.[adsKey(tabId)] as Record<string, Analysed> | undefined;
    map = this.analysed.get(tabId) ?? new Map(Object.entries(stored ?? {}));
    this.analysed.set(tabId, map);
    return map;
  }

  async recordAnalyses(tabId: number, list: readonly Analysed[]): Promise<void> {
    const map = await this.analysedFor(tabId);
    for (const entry of list) {
      map.delete(entry.ad.id);
      map.set(entry.ad.id, entry);
    }
    for (const oldest of map.keys()) {
      if (map.size <= MAX_ADS_PER_TAB) break;
      map.delete(oldest);
    }
    await this.area?.set({ [adsKey(tabId)]: Object.fromEntries(map) });
  }

  async setPage(tabId: number, page: PageResults): Promise<TabResults> {
    const map = await this.analysedFor(tabId);
    const ads: TabAd[] = page.ads.flatMap((summary) => {
      const known = map.get(summary.id);
      return known ? [{ summary, ad: known.ad, analysis: known.analysis }] : [];
    });
    const results: TabResults = { url: page.url, board: page.board, status: page.status, ads };
    this.results.set(tabId, results);
    await this.area?.set({ [resultsKey(tabId)]: results });
    return results;
  }

  async get(tabId: number): Promise<TabResults | null> {
    if (this.results.has(tabId)) return this.results.get(tabId) ?? null;
    const stored = (await this.area?.get(resultsKey(tabId)))?.[resultsKey(tabId)] as TabResults | undefined;
    return stored ?? null;
  }

  /** The tab left the page: its results go (its analyses stay, for the same ads on the next page). */
  async clearPage(tabId: number): Promise<void> {
    this.results.set(tabId, null);
    await this.area?.remove(resultsKey(tabId));
  }

  async forget(tabId: number): Promise<void> {
    this.results.delete(tabId);
    this.analysed.delete(tabId);
    await this.area?.remove([resultsKey(tabId), adsKey(tabId)]);
  }

  /** After a navigation to `url` (undefined: an address we may not see), do the results still hold? */
  async stillValid(tabId: number, url: string | undefined): Promise<boolean> {
    const current = await this.get(tabId);
    return current !== null && url !== undefined && withoutHash(current.url) === withoutHash(url);
  }
}

export function registerTabResults(store: TabResultsStore): void {
  handleMessage('page-results', async (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    const { url, board, status, ads } = message;
    await store.setPage(tabId, { url, board, status, ads });
    await showCount(tabId, concernCount(ads));
  });
  handleMessage('get-tab-results', (message) => store.get(message.tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined && change.status !== 'loading') return;
    void (async () => {
      if (await store.stillValid(tabId, change.url)) return;
      await store.clearPage(tabId);
      await showCount(tabId, 0);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));
}
