// Everything on the device: while the overlay reads, analyses, draws, saves and prepares a report on
// every board page, no request leaves for anywhere but the fixture server — from the pages or from
// the extension's service worker.

import { FIXTURES, expect, test } from './harness';
import { BOARD_FIXTURES, expectedPage, fixtureHtml } from './overlay-expect';
import { hostSelector, overlayHosts } from './overlay-page';

test('no network request from the extension', async ({ context, worker }) => {
  test.setTimeout(120_000);
  const seen: string[] = [];
  await context.route('**', async (route) => {
    seen.push(route.request().url());
    await route.continue();
  });
  context.on('request', (request) => seen.push(request.url()));
  worker.on('request' as never, (request: { url(): string }) => seen.push(request.url()));

  // The recorder must see the service worker's own requests, or this test proves nothing.
  const probe = `${FIXTURES}/boards/expected.json?probe=service-worker`;
  await worker.evaluate((address) => fetch(address).then((r) => r.status), probe);
  await expect.poll(() => seen.includes(probe)).toBe(true);

  const page = await context.newPage();
  for (const path of BOARD_FIXTURES) {
    const url = `${FIXTURES}/${path}`;
    const expected = expectedPage(fixtureHtml(path), url);
    await page.goto(url);
    await expect.poll(async () => (await overlayHosts(page)).filter((h) => h.verdict).length, { timeout: 15_000 }).toBe(expected.health.length);
    const ad = expected.health.find((a) => a.kind === 'detail') ?? expected.health[0]!;
    await page.locator(hostSelector(ad.id, ad.kind)).locator('button[aria-haspopup="dialog"]').click();
    const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
    await panel.locator('[data-action="save-evidence"]').click();
    await expect(panel.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
    await panel.locator('[data-action="report"]').click();
    await expect(panel.locator('[data-report-text]')).toBeVisible();
  }
  await page.waitForTimeout(500);

  const foreign = [...new Set(seen)].filter((url) => url !== probe && !url.startsWith(`${FIXTURES}/`) && !url.startsWith('chrome-extension://'));
  expect(foreign).toEqual([]);
  expect(seen.length).toBeGreaterThan(BOARD_FIXTURES.length);
});
