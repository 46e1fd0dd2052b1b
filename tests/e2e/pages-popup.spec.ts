// popup.html in real Chromium with the built extension, on the project's board fixtures.
// Playwright cannot click the toolbar button, so the popup is opened in a tab as
// popup.html?tabId=N, naming the board tab it reports on (the popup reads that tab's results
// from the background exactly as it does for the active tab).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { FIXTURES, expect, test } from './harness';
import { expectNoSeriousA11yViolations, openExtensionPage, pageErrors, setSettings, storedEvidence, tabTo } from './pages-helpers';
import { tabIdOf, tabResults } from './overlay-page';

interface StoredAd { summary: { id: string; title: string; verdict: string; health: boolean }; analysis: { findings: Array<{ rule: string; severity: string }>; destination: string | null; health: boolean } }

async function boardTab(context: BrowserContext, worker: Worker, path: string, minAds = 1): Promise<{ page: Page; tabId: number; ads: StoredAd[] }> {
  const page = await context.newPage();
  await page.goto(`${FIXTURES}/${path}`);
  const tabId = await tabIdOf(worker, page.url());
  // Wait until the page has been read and analysed (results arrive in slices).
  await expect.poll(async () => {
    const r = await tabResults(worker, tabId);
    return r?.status !== undefined && (r.ads as StoredAd[]).filter((a) => a.analysis).length >= minAds;
  }, { timeout: 15_000 }).toBe(true);
  await page.waitForTimeout(300);
  const results = (await tabResults(worker, tabId)) as unknown as { status: string; ads: StoredAd[] };
  return { page, tabId, ads: results.ads };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  return openExtensionPage(context, extensionId, 'popup', `?tabId=${tabId}`);
}

test('lists the tab\'s health ads with their verdicts (icon and word), and opens an ad\'s findings', async ({ context, extensionId, worker }) => {
  const { tabId, ads } = await boardTab(context, worker, 'boards/linkedin/list.html');
  const health = ads.filter((a) => a.summary.health || a.analysis.health);
  expect(health.length).toBeGreaterThan(1);
  const started = Date.now();
  const popup = await openPopup(context, extensionId, tabId);
  const rows = popup.locator('button.ad-row');
  await expect(rows).toHaveCount(health.length);
  console.log(`popup: ads listed ${Date.now() - started} ms after opening (wall, including page load)`);
  for (const ad of health) {
    const row = popup.locator(`button.ad-row[data-ad-id="${ad.summary.id}"]`);
    await expect(row).toHaveAttribute('data-verdict', ad.summary.verdict);
    await expect(row.locator('.verdict-word')).not.toBeEmpty();
    await expect(row.locator('svg.rl-icon')).toHaveCount(1);
  }
  const concern = health.find((a) => a.summary.verdict === 'concern')!;
  await popup.locator(`button.ad-row[data-ad-id="${concern.summary.id}"]`).click();
  const detail = popup.getByTestId('ad-detail');
  await expect(detail.locator('h2')).toBeFocused({ timeout: 1000 }).catch(() => undefined);
  for (const f of concern.analysis.findings.filter((x) => x.severity !== 'caution')) await expect(detail.locator(`[data-rule="${f.rule}"]`)).toHaveCount(1);
  await expect(detail).toContainText('We found at least one problem');
  await detail.getByRole('button', { name: 'Back to the list' }).click();
  await expect(rows).toHaveCount(health.length);
  expect(pageErrors(popup)).toEqual([]);
});

test('report a concern: the full text first; copy and mailto only for channels with an e-mail', async ({ context, extensionId, worker }) => {
  const { page: board, tabId, ads } = await boardTab(context, worker, 'boards/linkedin/list.html');
  const ad = ads.find((a) => a.summary.verdict === 'concern' && a.analysis.destination === 'GB')!;
  expect(ad).toBeDefined();
  const popup = await openPopup(context, extensionId, tabId);
  await popup.locator(`button.ad-row[data-ad-id="${ad.summary.id}"]`).click();
  await popup.getByRole('button', { name: 'Report a concern' }).click();
  const report = popup.getByTestId('report');
  const text = await report.getByLabel('The report, in full').inputValue();
  expect(text).toContain(ad.summary.title);
  expect(text).toContain(board.url());
  expect(text).toMatch(/\d{4}\.\d+\.\d+/);
  const channels = report.locator('[data-channel]');
  const mailtos = report.locator('a[href^="mailto:"]');
  // The UK's five channels; only NHS Employers has an e-mail address.
  await expect(channels).toHaveCount(5);
  await expect(mailtos).toHaveCount(1);
  const href = await mailtos.getAttribute('href');
  expect(href).toMatch(/^mailto:internationalrecruitment@nhsconfed\.org\?subject=/);
  expect(decodeURIComponent(href!.split('body=')[1]!)).toBe(text.split('\n\n').slice(1).join('\n\n'));
  // What "Copy" puts on the clipboard (reading the real clipboard needs a permission we don't ask for).
  await popup.evaluate(() => {
    const w = window as unknown as { copied?: string };
    navigator.clipboard.writeText = async (value: string) => { w.copied = value; };
  });
  await report.getByRole('button', { name: 'Copy the report' }).click();
  await expect(report.getByText('Copied.')).toBeVisible();
  expect(await popup.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(text);
});

test('save as evidence from the popup, once; "show on the page" opens the ad\'s panel', async ({ context, extensionId, worker }) => {
  const { page: board, tabId, ads } = await boardTab(context, worker, 'boards/linkedin/list.html');
  const ad = ads.find((a) => a.summary.verdict === 'concern')!;
  const popup = await openPopup(context, extensionId, tabId);
  await popup.locator(`button.ad-row[data-ad-id="${ad.summary.id}"]`).click();
  await popup.getByTestId('save-evidence').click();
  await expect(popup.getByTestId('save-status')).toContainText('Saved in your evidence log');
  await popup.getByTestId('save-evidence').click();
  await expect(popup.getByTestId('save-status')).toContainText('already in your evidence log');
  const stored = await storedEvidence(popup);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ board: 'linkedin', url: board.url(), origin: 'page', ad: { id: ad.summary.id } });
  expect(stored[0]!.analysis.findings.map((f) => f.rule)).toEqual(ad.analysis.findings.map((f) => f.rule));

  await popup.getByRole('button', { name: 'Show on the page' }).click();
  await expect(board.locator('recruit-lens-overlay [role="dialog"]').first()).toBeVisible();
});

test('says why nothing was read: not a job board, not a health post, turned off for this site', async ({ context, extensionId, worker }) => {
  const other = await context.newPage();
  await other.goto(`http://localhost:${new URL(FIXTURES).port}/boards/expected.json`);
  const otherId = await tabIdOf(worker, other.url());
  const popup = await openPopup(context, extensionId, otherId);
  await expect(popup.getByTestId('popup-status')).toHaveAttribute('data-reason', 'not-supported');
  await expect(popup.getByTestId('popup-status')).toContainText('localhost is not one of them');
  await expect(popup.locator('button.ad-row')).toHaveCount(0);

  const { tabId: accountantTab } = await boardTab(context, worker, 'pages/accountant.html', 0);
  const p2 = await openPopup(context, extensionId, accountantTab);
  await expect(p2.getByTestId('popup-status')).toHaveAttribute('data-reason', 'no-health');
  await expect(p2.getByTestId('popup-status')).toContainText('not for health or care jobs');

  const { page: board, tabId } = await boardTab(context, worker, 'boards/reed/list.html');
  const p3 = await openPopup(context, extensionId, tabId);
  await expect(p3.locator('button.ad-row').first()).toBeVisible();
  await p3.getByTestId('site-toggle').click();
  await expect(p3.getByTestId('popup-status')).toHaveAttribute('data-reason', 'disabled');
  await expect(p3.getByTestId('popup-status')).toContainText('You turned Recruit Lens off on 127.0.0.1');
  const settings = await p3.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { disabledSites: string[] }>> } } } }).chrome.storage.local.get('settings')).settings);
  expect(settings!.disabledSites).toEqual(['127.0.0.1']);
  // The page's own warnings go away live (the content script watches the setting).
  await expect(board.locator('recruit-lens-overlay[data-kind="card"]')).toHaveCount(0, { timeout: 10_000 });
  await p3.getByTestId('site-toggle').click();
  await expect(p3.locator('button.ad-row').first()).toBeVisible({ timeout: 10_000 });
});

test('speaks to the reader who lives in a listed country; hides caution points when asked', async ({ context, extensionId, worker }) => {
  const { tabId, ads } = await boardTab(context, worker, 'boards/jobberman/list.html');
  const withCaution = ads.find((a) => a.analysis.findings.some((f) => f.severity === 'caution'));
  const popup = await openPopup(context, extensionId, tabId);
  await setSettings(popup, { residence: 'NG', showCaution: false });
  await expect(popup.getByTestId('residence-note')).toContainText('You live in Nigeria, which is on the WHO list');
  if (withCaution) {
    await popup.locator(`button.ad-row[data-ad-id="${withCaution.summary.id}"]`).click();
    await expect(popup.locator('[data-rule][data-severity="caution"]')).toHaveCount(0);
    await expect(popup.getByTestId('caution-hidden')).toBeVisible();
    await setSettings(popup, { showCaution: true });
    await expect(popup.locator('[data-rule][data-severity="caution"]').first()).toBeVisible();
  }
});

test('keyboard only: open an ad, report, back, and reach the site switch and page links', async ({ context, extensionId, worker }) => {
  const { tabId } = await boardTab(context, worker, 'boards/linkedin/list.html');
  const popup = await openPopup(context, extensionId, tabId);
  await tabTo(popup, 'button.ad-row[data-verdict="concern"]');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('ad-detail')).toBeVisible();
  await tabTo(popup, 'button[aria-expanded]');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('report')).toBeVisible();
  await tabTo(popup, '#report-preview');
  await tabTo(popup, '[data-testid="save-evidence"]');
  await popup.keyboard.press('Space');
  await expect(popup.getByTestId('save-status')).toContainText('Saved');
  await tabTo(popup, '[data-testid="site-toggle"]');
  await tabTo(popup, 'a[href="evidence.html"]');
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Shift+Tab');
  await expect(popup.getByTestId('site-toggle')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('popup-status')).toHaveAttribute('data-reason', 'disabled');
});

test('axe: no serious or critical accessibility violation in the popup (list, findings, report, empty)', async ({ context, extensionId, worker }) => {
  const { tabId } = await boardTab(context, worker, 'boards/linkedin/list.html');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('button.ad-row').first()).toBeVisible();
  await expectNoSeriousA11yViolations(popup);
  await popup.locator('button.ad-row[data-verdict="concern"]').first().click();
  await popup.getByRole('button', { name: 'Report a concern' }).click();
  await expectNoSeriousA11yViolations(popup);
  const empty = await openExtensionPage(context, extensionId, 'popup');
  await expect(empty.getByTestId('popup-status')).toBeVisible();
  await expectNoSeriousA11yViolations(empty);
});
