// The toolbar badge counts each job of concern once (a card and its open detail are one job) and
// nothing else; zero shows no badge.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concernCount, showCount } from '../../../entrypoints/background/badge';
import type { AdSummary } from '../../../utils/messages';

const s = (id: string, verdict: AdSummary['verdict'], health = true): AdSummary => ({ id, title: id, verdict, health, rules: [] });

afterEach(() => vi.restoreAllMocks());

describe('toolbar badge', () => {
  it('counts distinct health jobs whose verdict is concern', () => {
    expect(concernCount([s('a', 'concern'), s('a', 'concern'), s('b', 'caution'), s('c', 'not-enough-data'), s('d', 'no-concern'), s('e', 'concern', false), s('f', 'concern')])).toBe(2);
    expect(concernCount([])).toBe(0);
  });

  it('sets the count on the tab, and clears it at zero', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    const setBadgeBackgroundColor = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { action: { setBadgeText, setBadgeBackgroundColor } });
    await showCount(4, 3);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '3' });
    expect(setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 4, color: '#b3261e' });
    await showCount(4, 0);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 4, text: '' });
  });
});
