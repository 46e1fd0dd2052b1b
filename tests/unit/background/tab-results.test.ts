// Each tab's results for the popup: the page's summaries joined with the analyses the worker made,
// kept in storage.session so a restarted service worker still has them; cleared when the tab
// leaves the page, forgotten when it closes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_ADS_PER_TAB, TabResultsStore } from '../../../entrypoints/background/tab-results';
import type { Analysis, JobAd } from '../../../rules/schema';
import type { AdSummary } from '../../../utils/messages';

const ad = (id: string): JobAd => ({ id, title: `Nurse ${id}`, description: `Advert ${id}` });
const analysis = (verdict: Analysis['verdict']): Analysis => ({ health: true, destination: 'GB', international: true, targets: [], verdict, findings: [], text: 'x', rulesVersion: 't' });
const summary = (id: string, verdict: AdSummary['verdict'] = 'concern'): AdSummary => ({ id, title: `Nurse ${id}`, verdict, health: true, rules: [] });
const page = (ads: AdSummary[], url = 'https://uk.indeed.com/jobs?q=nurse') => ({ url, board: 'indeed', status: 'ok' as const, ads });

beforeEach(() => fakeBrowser.reset());

describe('TabResultsStore', () => {
  it('joins the page summaries with the analyses made for that tab', async () => {
    const store = new TabResultsStore();
    await store.recordAnalyses(7, [{ ad: ad('a'), analysis: analysis('concern') }, { ad: ad('b'), analysis: analysis('no-concern') }]);
    const results = await store.setPage(7, page([summary('a'), summary('b', 'no-concern')]));
    expect(results.ads.map((a) => [a.summary.id, a.ad.title, a.analysis.verdict])).toEqual([['a', 'Nurse a', 'concern'], ['b', 'Nurse b', 'no-concern']]);
    expect(await store.get(7)).toEqual(results);
    expect(await store.get(8)).toBeNull();
  });

  it('survives the service worker being stopped (storage.session)', async () => {
    const before = new TabResultsStore();
    await before.recordAnalyses(3, [{ ad: ad('a'), analysis: analysis('concern') }]);
    const results = await before.setPage(3, page([summary('a')]));
    const after = new TabResultsStore();
    expect(await after.get(3)).toEqual(results);
    expect((await after.setPage(3, page([summary('a')], 'https://uk.indeed.com/jobs?q=carer'))).ads).toHaveLength(1);
  });

  it('clears a tab that leaves the page but keeps its analyses; forgets a closed tab', async () => {
    const store = new TabResultsStore();
    await store.recordAnalyses(5, [{ ad: ad('a'), analysis: analysis('concern') }]);
    await store.setPage(5, page([summary('a')]));
    expect(await store.stillValid(5, 'https://uk.indeed.com/jobs?q=nurse#top')).toBe(true);
    expect(await store.stillValid(5, 'https://uk.indeed.com/jobs?q=midwife')).toBe(false);
    expect(await store.stillValid(5, undefined)).toBe(false);
    await store.clearPage(5);
    expect(await store.get(5)).toBeNull();
    expect(await new TabResultsStore().get(5)).toBeNull();
    expect((await store.setPage(5, page([summary('a')]))).ads).toHaveLength(1);
    await store.forget(5);
    expect(await new TabResultsStore().get(5)).toBeNull();
    expect((await new TabResultsStore().setPage(5, page([summary('a')]))).ads).toEqual([]);
  });

  it('keeps at most MAX_ADS_PER_TAB analyses per tab, dropping the oldest', async () => {
    const store = new TabResultsStore();
    const many = Array.from({ length: MAX_ADS_PER_TAB + 10 }, (_, i) => ({ ad: ad(`j${i}`), analysis: analysis('not-enough-data') }));
    await store.recordAnalyses(1, many);
    const results = await store.setPage(1, page([summary('j0'), summary(`j${MAX_ADS_PER_TAB + 9}`)]));
    expect(results.ads.map((a) => a.summary.id)).toEqual([`j${MAX_ADS_PER_TAB + 9}`]);
  });
});
