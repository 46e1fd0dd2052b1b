import { expect, test } from './harness';

test('the built extension loads in Chromium with its service worker and manifest', async ({ context, extensionId, worker }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest());
  expect(manifest.name).toBe('Recruit Lens');
  const page = await context.newPage();
  await page.goto(`${(await import('./harness')).FIXTURES}/boards/nhs-jobs/detail.html`);
  await expect(page.locator('h1')).toBeVisible();
});
