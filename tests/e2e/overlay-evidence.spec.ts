// "Save as evidence" from the panel: the background stores a zod-valid record (URL, time, board,
// ad, SHA-256 of the ad text, findings, rules version) that is still there after the browser is
// closed and opened again with the same profile; saving the same ad again does not duplicate it.

import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES, expect, launchWithExtension, test } from './harness';
import { expectedPage, fixtureHtml } from './overlay-expect';
import { hostSelector } from './overlay-page';

interface StoredRecord {
  schema: number;
  id: string;
  savedAt: string;
  url: string;
  board: string;
  ad: { id: string; title?: string };
  text: string;
  hash: string;
  origin: string;
  analysis: { verdict: string; rulesVersion: string; findings: Array<{ rule: string }> };
}

async function saveFromPanel(page: Page, id: string): Promise<string> {
  await page.locator(hostSelector(id, 'detail')).locator('button[aria-haspopup="dialog"]').click();
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await panel.locator('[data-action="save-evidence"]').click();
  const status = panel.locator('[data-save-status]');
  await expect(status).not.toHaveAttribute('data-save-status', /idle|saving/);
  return [await status.getAttribute('data-save-status'), await status.textContent()].join(': ');
}

test('a saved ad survives a browser restart, once', async () => {
  test.setTimeout(90_000);
  const path = 'boards/indeed/detail.html';
  const url = `${FIXTURES}/${path}`;
  const target = expectedPage(fixtureHtml(path), url).health.find((a) => a.kind === 'detail')!;
  const userDataDir = mkdtempSync(join(tmpdir(), 'recruit-lens-restart-'));

  const first = await launchWithExtension(userDataDir);
  const page = await first.context.newPage();
  await page.goto(url);
  expect(await saveFromPanel(page, target.id)).toBe('saved: Saved in your evidence log (on this device only).');
  await first.context.close();

  const second = await launchWithExtension(userDataDir);
  try {
    const stored = await second.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
    const records = Object.entries(stored).filter(([key]) => key.startsWith('evidence:')).map(([, value]) => value as StoredRecord);
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ schema: 1, url, board: 'indeed', origin: 'page', ad: { id: target.id, title: target.title } });
    expect(record.text).toBe(target.analysis.text);
    expect(record.hash).toBe(createHash('sha256').update(record.text, 'utf8').digest('hex'));
    expect(record.analysis.verdict).toBe(target.verdict);
    expect(record.analysis.rulesVersion).toBe(target.analysis.rulesVersion);
    expect(record.analysis.findings.map((f) => f.rule)).toEqual(target.rules);
    expect(Date.now() - Date.parse(record.savedAt)).toBeLessThan(10 * 60_000);

    const again = await second.context.newPage();
    await again.goto(url);
    expect(await saveFromPanel(again, target.id)).toBe('saved: This ad is already in your evidence log.');
    const after = await second.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
    expect(Object.keys(after).filter((key) => key.startsWith('evidence:'))).toHaveLength(1);
  } finally {
    await second.context.close();
  }
});
