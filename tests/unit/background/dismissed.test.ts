// Dismissed ads are remembered for the browser session (storage.session), across service worker restarts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { DismissedAds } from '../../../entrypoints/background/dismissed';

beforeEach(() => fakeBrowser.reset());

describe('DismissedAds', () => {
  it('remembers a dismissal in the session', async () => {
    const before = new DismissedAds();
    await before.add('reed:52611234');
    expect(before.has('reed:52611234')).toBe(true);
    expect(before.has('reed:52609877')).toBe(false);
    const after = new DismissedAds();
    await after.ready;
    expect(after.has('reed:52611234')).toBe(true);
  });
});
