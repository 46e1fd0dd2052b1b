// The states that must never read as "safe" or as noise: a board page we can't read, a page with no
// health ads, the user's settings (cautions, highlights, language, sites), a dismissed badge, and a
// page whose CSS tries to restyle everything.

import type { Page, Worker } from '@playwright/test';
import { FIXTURES, expect, test } from './harness';
import { expectedPage, fixtureHtml } from './overlay-expect';
import { highlightedRanges, hostSelector, overlayHosts, setSettings, tabIdOf, tabResults, toolbarText } from './overlay-page';

async function settled(worker: Worker, page: Page, status: string) {
  const tabId = await tabIdOf(worker, page.url());
  await expect.poll(async () => (await tabResults(worker, tabId))?.status, { timeout: 15_000 }).toBe(status);
  return tabId;
}

test('a board page whose markup changed says "can\'t read this page", never "no concern"', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/pages/broken-linkedin.html`);
  const notice = page.locator('recruit-lens-overlay[data-kind="notice"] [data-status="unreadable"]');
  await expect(notice).toContainText("Recruit Lens can't read this page");
  await expect(notice).toContainText('LinkedIn');
  await expect(page.locator('recruit-lens-overlay [data-verdict]')).toHaveCount(0);
  const tabId = await settled(worker, page, 'unreadable');
  expect(await toolbarText(worker, tabId)).toBe('');
  await notice.locator('button').click();
  await expect(notice).toHaveCount(0);
});

test('a page with no health or care ads shows nothing', async ({ context, worker }) => {
  const path = 'pages/non-health.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  expect(expected.health).toEqual([]);
  expect(expected.quiet.length).toBeGreaterThan(0);
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  const tabId = await settled(worker, page, 'no-health');
  await expect(page.locator('recruit-lens-overlay')).toHaveCount(0);
  expect(await highlightedRanges(page)).toBe(0);
  expect(await toolbarText(worker, tabId)).toBe('');
});

test('the toolbar badge counts the ads of concern on the tab', async ({ context, worker }) => {
  const path = 'boards/indeed/list.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  const concerns = new Set(expected.health.filter((a) => a.verdict === 'concern').map((a) => a.id)).size;
  expect(concerns).toBeGreaterThan(0);
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  const tabId = await settled(worker, page, 'ok');
  await expect.poll(() => toolbarText(worker, tabId)).toBe(String(concerns));
  await page.goto(`${FIXTURES}/demo/index.html`);
  await expect.poll(() => toolbarText(worker, tabId)).toBe('');
});

test('settings apply live: cautions, highlights, language, a switched-off site', async ({ context, worker }) => {
  const path = 'boards/linkedin/list.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  const detail = expected.health.find((a) => a.kind === 'detail')!;
  const cautions = detail.analysis.findings.filter((f) => f.severity === 'caution').map((f) => f.rule);
  expect(cautions.length, 'the fixture has a caution finding').toBeGreaterThan(0);
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  const badge = page.locator(hostSelector(detail.id, 'detail')).locator('button[aria-haspopup="dialog"]');
  await badge.click();
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  for (const rule of cautions) await expect(panel.locator(`[data-rule="${rule}"]`)).toHaveCount(1);
  await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);

  await setSettings(worker, { showCaution: false, highlights: false });
  for (const rule of cautions) await expect(panel.locator(`[data-rule="${rule}"]`)).toHaveCount(0);
  await expect(panel.locator('[data-rule]')).toHaveCount(detail.rules.length - cautions.length);
  await expect.poll(() => highlightedRanges(page)).toBe(0);

  await setSettings(worker, { locale: 'fr' });
  await expect(page.locator(hostSelector(detail.id, 'detail')).locator('.rl-word')).toHaveText('Problème relevé');
  await setSettings(worker, { locale: 'pt' });
  await expect(page.locator(hostSelector(detail.id, 'detail')).locator('.rl-word')).toHaveText('Problema encontrado');

  await setSettings(worker, { disabledSites: ['127.0.0.1'] });
  await expect(page.locator('recruit-lens-overlay')).toHaveCount(0);
  await setSettings(worker, { boards: { linkedin: false } });
  await expect(page.locator('recruit-lens-overlay')).toHaveCount(0);
  await setSettings(worker, {});
  await expect.poll(async () => (await overlayHosts(page)).length).toBe(expected.health.length);
});

test('a dismissed badge stays hidden for the session, on that ad only', async ({ context }) => {
  const path = 'boards/reed/list.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  const [gone, kept] = expected.health;
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  await expect.poll(async () => (await overlayHosts(page)).length).toBe(expected.health.length);
  await page.locator(hostSelector(gone!.id, gone!.kind)).locator('button.rl-dismiss').click();
  await expect(page.locator(`recruit-lens-overlay[data-ad-id="${gone!.id}"]`)).toHaveCount(0);
  await expect(page.locator(hostSelector(kept!.id, kept!.kind))).toHaveCount(1);
  await page.reload();
  await expect(page.locator(hostSelector(kept!.id, kept!.kind)).locator('[data-verdict]')).toHaveCount(1);
  await expect(page.locator(`recruit-lens-overlay[data-ad-id="${gone!.id}"]`)).toHaveCount(0);
});

test("the page's CSS does not reach the overlay, and clicks on it do not reach the page", async ({ context }) => {
  const path = 'boards/indeed/list.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  const ad = expected.health[0]!;
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  await page.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } button { background: rgb(0, 255, 0) !important; display: none !important; } body { filter: none; }' });
  await page.evaluate(() => {
    (window as unknown as { pageClicks: number }).pageClicks = 0;
    document.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
  });
  const button = page.locator(hostSelector(ad.id, ad.kind)).locator('button[aria-haspopup="dialog"]');
  await expect(button).toBeVisible();
  const style = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, fontSize: s.fontSize };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.background).not.toBe('rgb(0, 255, 0)');
  expect(parseFloat(style.fontSize)).toBeLessThan(20);
  await button.click();
  await expect(page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
});

test('the popup can open an ad\'s panel on the page (open-ad message)', async ({ context, worker }) => {
  const path = 'boards/seek/list.html';
  const expected = expectedPage(fixtureHtml(path), `${FIXTURES}/${path}`);
  const ad = expected.health.find((a) => a.verdict === 'concern')!;
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  const tabId = await settled(worker, page, 'ok');
  const opened = await worker.evaluate(
    ([id, tab]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(tab as number, { type: 'open-ad', id }),
    [ad.id, tabId] as const,
  );
  expect(opened).toBe(true);
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await expect(panel).toHaveAttribute('data-verdict', ad.verdict);
  await expect(panel.locator('#rl-panel-title')).toContainText(ad.title);
});
