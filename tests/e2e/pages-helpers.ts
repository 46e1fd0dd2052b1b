// Shared by the pages-*.spec.ts browser tests: open an extension page, seed evidence, run axe.

import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './harness';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { EvidenceRecord } from '../../utils/evidence';

const ERRORS = new WeakMap<Page, string[]>();

export type ExtensionPage = 'popup' | 'checker' | 'evidence' | 'options';

export async function openExtensionPage(context: BrowserContext, extensionId: string, name: ExtensionPage, query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  ERRORS.set(page, errors);
  await page.goto(`chrome-extension://${extensionId}/${name}.html${query}`);
  await expect(page.locator('h1')).toBeVisible();
  return page;
}

/** Uncaught errors on a page opened with openExtensionPage. */
export function pageErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}

/** Records built the real way, in a tsx child process (see evidence-records.ts). */
export function makeRecords(n: number, start = Date.UTC(2026, 0, 1), stepDays = 5): EvidenceRecord[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve('tests/e2e/evidence-records.ts'), String(n), String(start), String(stepDays)], { maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as EvidenceRecord[];
}

export async function seedEvidence(page: Page, records: readonly EvidenceRecord[]): Promise<void> {
  await page.evaluate(async (items) => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } } }).chrome;
    const entries: Record<string, unknown> = {};
    for (const r of items) entries[`evidence:${r.id}`] = r;
    await chromeApi.storage.local.set(entries);
  }, records as EvidenceRecord[]);
}

export async function storedEvidence(page: Page): Promise<EvidenceRecord[]> {
  return page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const all = await chromeApi.storage.local.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('evidence:')).map(([, v]) => v) as EvidenceRecord[];
  });
}

export async function setSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (s) => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } } }).chrome;
    const current = ((await chromeApi.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chromeApi.storage.local.set({ settings: { ...current, ...s } });
  }, settings);
}

/** axe-core (WCAG 2.0/2.1 A and AA): no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
