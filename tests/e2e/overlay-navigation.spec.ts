// A single-page app (tests/fixtures/spa/linkedin.html): clicking a card pushes a new URL and
// re-renders the detail pane in place; "Next page" replaces the list. After each step every badge
// must show the job now on its card or pane — none left from the previous job.

import type { Page, Worker } from '@playwright/test';
import type { JobAd } from '../../rules/schema';
import { FIXTURES, expect, test } from './harness';
import { expectedPage } from './overlay-expect';
import { hostSelector, misplacedHosts, overlayHosts, tabIdOf, toolbarText } from './overlay-page';

const byKey = <T extends { id: string; kind: string }>(list: T[]) => [...list].sort((a, b) => `${a.kind}|${a.id}`.localeCompare(`${b.kind}|${b.id}`));

/** Waits until the overlay shows exactly what the engine says for the page as it is now. */
async function expectOverlayMatchesPage(page: Page, detailsSeen: Record<string, JobAd>) {
  const expected = expectedPage(await page.content(), page.url(), detailsSeen);
  const want = byKey(expected.health.map(({ id, kind, verdict }) => ({ id, kind, verdict })));
  await expect.poll(async () => byKey(await overlayHosts(page)), { timeout: 15_000 }).toEqual(want);
  expect(await misplacedHosts(page, expected.health.filter((a) => a.kind === 'card'))).toEqual([]);
  return expected;
}

async function expectToolbarCount(worker: Worker, page: Page, ads: Array<{ id: string; verdict: string }>) {
  const concerns = new Set(ads.filter((a) => a.verdict === 'concern').map((a) => a.id)).size;
  const tabId = await tabIdOf(worker, page.url());
  await expect.poll(() => toolbarText(worker, tabId)).toBe(concerns > 0 ? String(concerns) : '');
}

test('badges follow pushState navigation and detail-pane switches, with no stale badge', async ({ context, worker }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${FIXTURES}/spa/linkedin.html`);
  const detailsSeen: Record<string, JobAd> = {};

  const first = await expectOverlayMatchesPage(page, detailsSeen);
  const firstDetail = first.health.find((a) => a.kind === 'detail')!;
  expect(firstDetail.id).toBe('linkedin:5100000001');
  await expectToolbarCount(worker, page, first.health);

  // Another job in the same pane: the pane's banner must switch to it, not keep the first job's.
  await page.locator('[data-job-id="5100000002"] a').first().click();
  await expect(page).toHaveURL(/currentJobId=5100000002/);
  const second = await expectOverlayMatchesPage(page, detailsSeen);
  expect(second.health.find((a) => a.kind === 'detail')?.id).toBe('linkedin:5100000002');
  await expect(page.locator(hostSelector(firstDetail.id, 'detail'))).toHaveCount(0);
  // The first job's card keeps the verdict of its full advert, read while it was open.
  await expect(page.locator(hostSelector(firstDetail.id, 'card')).locator('[data-verdict]')).toHaveAttribute('data-verdict', firstDetail.verdict);

  // The panel of a job that leaves the page closes with it.
  await page.locator(hostSelector('linkedin:5100000002', 'detail')).locator('button[aria-haspopup="dialog"]').click();
  await expect(page.locator('recruit-lens-overlay[data-kind="panel"]')).toHaveAttribute('data-ad-id', 'linkedin:5100000002');

  // Next page: a new list and a new job in the pane; nothing of page 1 may remain.
  await page.locator('#next-page').click();
  await expect(page).toHaveURL(/start=25/);
  const third = await expectOverlayMatchesPage(page, detailsSeen);
  for (const old of first.health) await expect(page.locator(`recruit-lens-overlay[data-ad-id="${old.id}"]`)).toHaveCount(0);
  await expect(page.locator('recruit-lens-overlay[data-kind="panel"]')).toHaveCount(0);
  await expectToolbarCount(worker, page, third.health);

  // Back: page 1 again, from history.
  await page.goBack();
  await expect(page).toHaveURL(/currentJobId=5100000002$/);
  const back = await expectOverlayMatchesPage(page, detailsSeen);
  await expectToolbarCount(worker, page, back.health);
  expect(errors).toEqual([]);
});

test('cards appended by infinite scroll get their badges from reading only the new cards', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/spa/linkedin.html`);
  const detailsSeen: Record<string, JobAd> = {};
  await expectOverlayMatchesPage(page, detailsSeen);
  const reads = () => page.evaluate(() => ({ whole: performance.getEntriesByName('recruit-lens:read').length, added: performance.getEntriesByName('recruit-lens:read-added').length }));
  const before = await reads();

  await page.locator('#show-more').click();
  const after = await expectOverlayMatchesPage(page, detailsSeen);
  expect(after.health.map((a) => a.id)).toEqual(expect.arrayContaining(['linkedin:5100000006', 'linkedin:5100000007']));
  expect(after.health.find((a) => a.id === 'linkedin:5100000007')?.verdict).toBe('concern');
  // Demo builds mark which read ran: the appended cards alone, not the whole page again.
  expect(await reads()).toEqual({ whole: before.whole, added: before.added + 1 });
  await expectToolbarCount(worker, page, after.health);
});
