// evidence.html, the advocates' log, in real Chromium with the built extension.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './harness';
import { expectNoSeriousA11yViolations, makeRecords, openExtensionPage, pageErrors, seedEvidence, storedEvidence, tabTo } from './pages-helpers';

const RECORDS = makeRecords(30);
const count = (page: Page) => page.getByTestId('count');
const rows = (page: Page) => page.locator('table.records tbody tr');

async function openLog(context: Parameters<typeof openExtensionPage>[0], extensionId: string, records = RECORDS): Promise<Page> {
  const seed = await openExtensionPage(context, extensionId, 'options');
  await seedEvidence(seed, records);
  await seed.close();
  const page = await openExtensionPage(context, extensionId, 'evidence');
  await expect(count(page)).toHaveText(`Showing ${records.length} of ${records.length} records.`);
  return page;
}

test('lists records with their columns, sorts, filters and searches', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  await expect(rows(page)).toHaveCount(30);
  // Newest first.
  await expect(rows(page).first()).toContainText('29');
  const first = rows(page).first();
  await expect(first.locator('td').nth(1)).toHaveText('Indeed');
  await expect(first.locator('td').nth(2)).toHaveText('Employer 1');
  // Sort by job title ascending; aria-sort says so.
  await page.locator('[data-sort="title"]').click();
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Job');
  const titles = await rows(page).locator('td:nth-child(4)').allInnerTexts();
  expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  // Filters.
  await page.locator('#f-country').selectOption('CM');
  const cm = RECORDS.filter((r) => r.analysis.targets.includes('CM')).length;
  await expect(count(page)).toHaveText(`Showing ${cm} of 30 records.`);
  await expect(rows(page).locator('td:nth-child(6)')).toHaveText(Array(cm).fill('Cameroon'));
  await page.getByLabel('Board', { exact: true }).selectOption('reed');
  const cmReed = RECORDS.filter((r) => r.analysis.targets.includes('CM') && r.board === 'reed').length;
  await expect(count(page)).toHaveText(`Showing ${cmReed} of 30 records.`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Finding', { exact: true }).selectOption('document-retention');
  await expect(count(page)).toHaveText(`Showing ${RECORDS.filter((r) => r.analysis.findings.some((f) => f.rule === 'document-retention')).length} of 30 records.`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Saved from').fill('2026-01-01');
  await page.getByLabel('Saved until').fill('2026-01-11');
  await expect(count(page)).toHaveText('Showing 3 of 30 records.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('luanda employer 4');
  // Every word must occur somewhere in the record's title, employer, board, address, notes, hash or text.
  const haystack = (r: (typeof RECORDS)[number]) => [r.ad.title, r.ad.employer, r.ad.agency, r.ad.location, r.board, r.url, r.notes, r.hash, r.text].filter(Boolean).join('\n').toLowerCase();
  const expected = RECORDS.filter((r) => ['luanda', 'employer', '4'].every((w) => haystack(r).includes(w))).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(RECORDS.filter((r) => r.text.includes('Luanda')).length + 1);
  await expect(count(page)).toHaveText(`Showing ${expected} of 30 records.`);
  await page.getByLabel('Search').fill('nothing-like-this');
  await expect(page.getByText('No record matches these filters.')).toBeVisible();
  expect(pageErrors(page)).toEqual([]);
});

test('charts: accessible SVG with title, description and a table of the same numbers', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  for (const id of ['chart-country', 'chart-rule', 'chart-time']) {
    const svg = page.locator(`svg[data-chart="${id}"]`);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('title')).not.toBeEmpty();
    await expect(svg.locator('desc')).toContainText('The same numbers are in the table');
  }
  const countryChart = page.locator('figure', { has: page.locator('svg[data-chart="chart-country"]') });
  await countryChart.getByText('Show as a table').click();
  const cm = RECORDS.filter((r) => r.analysis.targets.includes('CM')).length;
  await expect(countryChart.locator('table tr', { hasText: 'Cameroon' }).locator('td')).toHaveText(String(cm));
  await expect(page.locator('svg[data-chart="chart-country"] g[data-key="CM"] .chart-value')).toHaveText(String(cm));
  // Charts follow the filters.
  await page.getByLabel('Board', { exact: true }).selectOption('reed');
  const reedCm = RECORDS.filter((r) => r.board === 'reed' && r.analysis.targets.includes('CM')).length;
  await expect(page.locator('svg[data-chart="chart-country"] g[data-key="CM"] .chart-value')).toHaveText(String(reedCm));
});

test('record detail: ad text, findings, URL, hash; notes are saved', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  const record = RECORDS[25]!;
  await page.getByLabel('Search').fill(record.ad.title!);
  await page.locator(`[data-open="${record.id}"]`).click();
  const detail = page.getByTestId('record-detail');
  await expect(page.locator('#detail-heading')).toBeFocused();
  await expect(detail.getByTestId('record-hash')).toHaveText(record.hash);
  await expect(detail).toContainText(record.url);
  for (const f of record.analysis.findings) await expect(detail.locator(`li[data-rule="${f.rule}"]`)).toHaveCount(1);
  await expect(detail.getByTestId('mirror')).toHaveText(record.text);
  await detail.getByLabel('Notes').fill('Reported to NHS Employers on 3 March; ref "IR-22", follow up');
  await detail.getByRole('button', { name: 'Save notes' }).click();
  await expect(detail.getByText('Notes saved.')).toBeVisible();
  const stored = (await storedEvidence(page)).find((r) => r.id === record.id)!;
  expect(stored.notes).toBe('Reported to NHS Employers on 3 March; ref "IR-22", follow up');
  expect({ ...stored, notes: record.notes }).toEqual(record);
  await detail.getByRole('button', { name: 'Back to the records' }).click();
  await expect(page.locator(`[data-open="${record.id}"]`)).toBeFocused();
  // Notes are searchable.
  await page.getByLabel('Search').fill('IR-22');
  await expect(count(page)).toHaveText('Showing 1 of 30 records.');
});

test('delete with undo restores the identical record; without undo it stays deleted', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  const [a, b] = [RECORDS[29]!, RECORDS[28]!];
  await page.locator(`[data-open="${a.id}"]`).click();
  await page.getByTestId('delete-record').click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(`Deleted “${a.ad.title}”`);
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(count(page)).toHaveText('Showing 29 of 29 records.');
  expect((await storedEvidence(page)).some((r) => r.id === a.id)).toBe(false);
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('Showing 30 of 30 records.');
  expect((await storedEvidence(page)).find((r) => r.id === a.id)).toEqual(a);
  await expect(toast).toHaveCount(0);

  await page.locator(`[data-open="${b.id}"]`).click();
  await page.getByTestId('delete-record').click();
  await expect(toast).toBeVisible();
  await page.waitForTimeout(8_600);
  await expect(toast).toHaveCount(0);
  await expect(count(page)).toHaveText('Showing 29 of 29 records.');
  expect((await storedEvidence(page)).some((r) => r.id === b.id)).toBe(false);
});

test('export CSV (BOM, RFC 4180) and JSON; import: malformed file, duplicates with other notes, round trip', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csvPath = await (await csvDownload).path();
  const csv = readFileSync(csvPath!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid,saved_at,board,url,title,employer/);
  expect(text).toContain('safeguard-list-targeting');

  const jsonDownload = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const download = await jsonDownload;
  expect(download.suggestedFilename()).toMatch(/^recruit-lens-evidence-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'recruit-lens-evidence', schema: 1 });
  expect(exported.records).toHaveLength(30);

  const dir = mkdtempSync(join(tmpdir(), 'rl-import-'));
  const input = page.getByLabel('Import a JSON export');
  // A malformed file: a clear message, nothing lost.
  writeFileSync(join(dir, 'broken.json'), '{"format":"recruit-lens-evidence","records":[{');
  await input.setInputFiles(join(dir, 'broken.json'));
  await expect(page.getByTestId('import-report')).toContainText('This file could not be read as JSON. Nothing was changed.');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
  await input.setInputFiles(join(dir, 'other.json'));
  await expect(page.getByTestId('import-report')).toContainText('not a Recruit Lens evidence export');
  expect(await storedEvidence(page)).toHaveLength(30);

  // Another volunteer's file: one of ours with different notes, one identical, two new, one invalid.
  const fresh = makeRecords(2, Date.UTC(2025, 5, 1)).map((r, i) => ({ ...r, id: `new-${i}-0000`, text: `${r.text} (other volunteer)`, hash: '' }));
  const hashed = await page.evaluate(async (items) => Promise.all(items.map(async (r) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(r.text));
    return { ...r, hash: [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('') };
  })), fresh);
  const theirs = { format: 'recruit-lens-evidence', schema: 1, exportedAt: new Date().toISOString(), rulesVersion: 'x',
    records: [{ ...RECORDS[3]!, notes: 'their notes' }, RECORDS[4], ...hashed, { ...RECORDS[5]!, savedAt: 'yesterday' }] };
  writeFileSync(join(dir, 'theirs.json'), JSON.stringify(theirs));
  await input.setInputFiles(join(dir, 'theirs.json'));
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Records added: 2.');
  await expect(report).toContainText('Already in your log, identical: 1.');
  await expect(report.getByTestId('import-conflicts')).toContainText(`“${RECORDS[3]!.ad.title}”: differs in notes`);
  await expect(report.getByTestId('import-rejected')).toContainText('Record 5: savedAt');
  await expect(count(page)).toHaveText('Showing 32 of 32 records.');
  const stored = await storedEvidence(page);
  expect(stored.find((r) => r.id === RECORDS[3]!.id)!.notes).toBe('');

  // Round trip: delete everything, import our own export, get the identical records back.
  await page.evaluate(async () => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
  await expect(count(page)).toHaveText('Showing 0 of 0 records.');
  writeFileSync(join(dir, 'ours.json'), JSON.stringify(exported));
  await input.setInputFiles(join(dir, 'ours.json'));
  await expect(count(page)).toHaveText('Showing 30 of 30 records.');
  const back = (await storedEvidence(page)).sort((x, y) => x.id.localeCompare(y.id));
  expect(back).toEqual([...RECORDS].sort((x, y) => x.id.localeCompare(y.id)));
});

test('a full storage is reported, not swallowed', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  await page.locator(`[data-open="${RECORDS[0]!.id}"]`).click();
  // Simulate the browser's quota error for every write from this page.
  await page.evaluate(() => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome.storage.local;
    local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  });
  await page.getByLabel('Notes').fill('x');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByTestId('record-detail')).toContainText('The browser storage for Recruit Lens is full');
});

test('persists across a browser restart', async () => {
  const first = await launchWithExtension();
  const checker = await openExtensionPage(first.context, first.extensionId, 'checker');
  await checker.locator('[data-example="uk_targeting"]').click();
  await checker.getByTestId('save-evidence').click();
  await expect(checker.getByTestId('save-status')).toContainText('Saved in your evidence log');
  await checker.getByTestId('save-evidence').click();
  await expect(checker.getByTestId('save-status')).toContainText('already in your evidence log');
  const saved = await storedEvidence(checker);
  expect(saved).toHaveLength(1);
  const options = await openExtensionPage(first.context, first.extensionId, 'options');
  await options.getByLabel('Language of Recruit Lens').selectOption('pt');
  await expect(options.locator('h1')).toHaveText('Definições do Recruit Lens');
  await first.context.close();

  const second = await launchWithExtension(first.userDataDir);
  try {
    expect(second.extensionId).toBe(first.extensionId);
    const log = await openExtensionPage(second.context, second.extensionId, 'evidence');
    await expect(log.locator('h1')).toHaveText('Registo de provas');
    await expect(log.getByTestId('count')).toHaveText('A mostrar 1 de 1 provas.');
    expect(await storedEvidence(log)).toEqual(saved);
    await log.locator(`[data-open="${saved[0]!.id}"]`).click();
    await expect(log.locator('li[data-rule="safeguard-list-targeting"]')).toHaveCount(1);
  } finally {
    await second.context.close();
  }
});

test('10,000 records: the first page renders, filters and paginates', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const many = makeRecords(10_000, Date.UTC(2024, 0, 1), 0.1);
  const seed = await openExtensionPage(context, extensionId, 'options');
  for (let i = 0; i < many.length; i += 2000) await seedEvidence(seed, many.slice(i, i + 2000));
  const started = Date.now();
  const page = await openExtensionPage(context, extensionId, 'evidence');
  await expect(count(page)).toHaveText('Showing 10000 of 10000 records.', { timeout: 30_000 });
  console.log(`10,000 records: log shown in ${Date.now() - started} ms (wall, including page load)`);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByText('Page 1 of 200')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Page 2 of 200')).toBeVisible();
  const t0 = Date.now();
  await page.locator('#f-country').selectOption('AO');
  await expect(count(page)).toHaveText('Showing 2000 of 10000 records.');
  console.log(`10,000 records: filter shown in ${Date.now() - t0} ms (wall)`);
  await expect(page.getByText('Page 1 of 40')).toBeVisible();
});

test('keyboard only: search, sort, open a record, write a note, delete and undo', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  await tabTo(page, '#f-search');
  await page.keyboard.type('Infirmier');
  await expect(count(page)).toHaveText(`Showing ${RECORDS.filter((r) => r.ad.title!.startsWith('Infirmier')).length} of 30 records.`);
  await tabTo(page, '[data-sort="employer"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Employer');
  await tabTo(page, '[data-open]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-heading')).toBeFocused();
  await tabTo(page, '#notes');
  await page.keyboard.type('seen twice');
  await tabTo(page, 'button.primary');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Notes saved.')).toBeVisible();
  await tabTo(page, '[data-testid="delete-record"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText(/of 30 records/);
});

test('axe: no serious or critical accessibility violation on the log, empty, full and in detail', async ({ context, extensionId }) => {
  const empty = await openExtensionPage(context, extensionId, 'evidence');
  await expect(empty.getByText('No records yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(empty);
  const page = await openLog(context, extensionId);
  await page.locator('figure').first().getByText('Show as a table').click();
  await expectNoSeriousA11yViolations(page);
  await page.locator('[data-open]').first().click();
  await expectNoSeriousA11yViolations(page);
});

test('reopening uses the summary cache and catches up with records saved or deleted elsewhere', async ({ context, extensionId }) => {
  const page = await openLog(context, extensionId);
  // The first open read every record and wrote the summary cache.
  await expect.poll(() => page.evaluate(() => new Promise<string>((resolve) => {
    const open = indexedDB.open('recruit-lens-log', 1);
    open.onsuccess = () => {
      const get = open.result.transaction('cache').objectStore('cache').get('evidence-log-cache');
      get.onsuccess = () => resolve(typeof get.result);
      get.onerror = () => resolve('error');
    };
    open.onerror = () => resolve('error');
  }))).toBe('string');
  await page.close();
  // While the log is closed: one record deleted, one saved (as the page overlay would).
  const extra = makeRecords(1, Date.UTC(2027, 0, 1)).map((r) => ({ ...r, id: 'saved-elsewhere-1' }));
  const other = await openExtensionPage(context, extensionId, 'options');
  await seedEvidence(other, extra);
  await other.evaluate(async (id) => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove(`evidence:${id}`), RECORDS[0]!.id);
  const log = await openExtensionPage(context, extensionId, 'evidence');
  await expect(count(log)).toHaveText('Showing 30 of 30 records.');
  await expect(log.locator(`[data-open="${RECORDS[0]!.id}"]`)).toHaveCount(0);
  await expect(log.locator('[data-open="saved-elsewhere-1"]')).toHaveCount(1);
  // Ad-text search and export once the full records are in.
  await expect(log.getByTestId('export-json')).toBeEnabled();
  await log.getByLabel('Search').fill('Douala');
  await expect(count(log)).toHaveText(`Showing ${RECORDS.slice(1).filter((r) => r.text.includes('Douala')).length + (extra[0]!.text.includes('Douala') ? 1 : 0)} of 30 records.`);
  await log.getByLabel('Search').fill('');
  await log.locator(`[data-open="${RECORDS[7]!.id}"]`).click();
  await expect(log.getByTestId('mirror')).toHaveText(RECORDS[7]!.text);
});
