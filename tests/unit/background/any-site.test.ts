// The any-site opt-in: the content script is registered for all sites (boards excluded) exactly
// when the optional permission is granted, and unregistered when it is revoked.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SITES, ANY_SITE_ID, syncAnySite } from '../../../entrypoints/background/any-site';
import { BOARD_MATCHES } from '../../../boards/hosts';

let granted = false;
let registered: Array<{ id: string; matches?: string[]; excludeMatches?: string[]; js?: string[] }> = [];

beforeEach(() => {
  granted = false;
  registered = [];
  Object.assign(fakeBrowser.permissions, { contains: vi.fn(async ({ origins }: { origins: string[] }) => granted && origins.join() === ALL_SITES.join()) });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
      registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id)))),
    },
  });
});

describe('syncAnySite', () => {
  it('does nothing without the permission', async () => {
    expect(await syncAnySite()).toBe('unchanged');
    expect(registered).toEqual([]);
  });

  it('registers the content script for all sites but the boards once granted, and only once', async () => {
    granted = true;
    expect(await syncAnySite()).toBe('registered');
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ id: ANY_SITE_ID, matches: ALL_SITES, js: ['content-scripts/content.js'] });
    for (const board of BOARD_MATCHES) expect(registered[0]!.excludeMatches).toContain(board);
    expect(await syncAnySite()).toBe('unchanged');
    expect(registered).toHaveLength(1);
  });

  it('unregisters it when the permission is revoked', async () => {
    granted = true;
    await syncAnySite();
    granted = false;
    expect(await syncAnySite()).toBe('unregistered');
    expect(registered).toEqual([]);
  });
});
