// The headless demo: visits each demo page with the extension, prints the ads it shows with their
// verdicts and rule ids (as the extension itself recorded them for the tab), and saves a screenshot
// of each page, plus the panel and the report of the first ad of concern.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { TabResults } from '../../utils/messages';
import { DEMO_PAGES } from './pages';

interface StoredSummary {
  id: string;
  title: string;
  verdict: string;
  health: boolean;
  rules: string[];
}
type Stored = Omit<TabResults, 'ads'> & { ads: Array<{ summary: StoredSummary }> };

const MARK: Record<string, string> = { concern: '✖', caution: '!', 'no-concern': '✓', 'not-enough-data': '?' };

async function tabResults(worker: Worker, url: string): Promise<Stored | undefined> {
  return worker.evaluate(async (address) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> }; storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === address);
    if (!tab) return undefined;
    return (await api.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] as Stored | undefined;
  }, url);
}

/** Waits until the extension has said what the page shows and stopped changing it. */
async function settled(page: Page, worker: Worker): Promise<Stored | undefined> {
  let last = '';
  let stable = 0;
  for (let i = 0; i < 60 && stable < 3; i++) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await tabResults(worker, page.url()));
    stable = now === last && now !== undefined && now !== 'undefined' ? stable + 1 : 0;
    last = now;
  }
  return last && last !== 'undefined' ? (JSON.parse(last) as Stored) : undefined;
}

function describe(path: string, results: Stored | undefined): string[] {
  if (!results) return [`${path}: the extension did not report on this page`];
  const health = results.ads.filter((a) => a.summary.health);
  const lines = [`${path}  [${results.board}, ${results.status}]`];
  if (results.status === 'unreadable') lines.push("  can't read this page (shown as such, not as \"no concern\")");
  else if (health.length === 0) lines.push('  no health or care ads: nothing shown');
  for (const { summary } of health) {
    lines.push(`  ${MARK[summary.verdict] ?? ' '} ${summary.verdict.padEnd(15)} ${summary.title}${summary.rules.length ? `  [${summary.rules.join(', ')}]` : ''}`);
  }
  return lines;
}

async function panelShots(page: Page, outDir: string): Promise<string[]> {
  const badge = page.locator('recruit-lens-overlay[data-kind="detail"] [data-verdict="concern"] button[aria-haspopup="dialog"]').first();
  if ((await badge.count()) === 0) return [];
  await badge.click();
  const panel = page.locator('recruit-lens-overlay[data-kind="panel"] [role="dialog"]');
  await panel.waitFor();
  const files = [join(outDir, 'linkedin-list-panel.png'), join(outDir, 'linkedin-list-report.png')];
  await page.screenshot({ path: files[0]! });
  await panel.locator('[data-action="report"]').click();
  await panel.locator('[data-report-text]').waitFor();
  await page.screenshot({ path: files[1]! });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  return files;
}

export async function tour(context: BrowserContext, worker: Worker, origin: string, outDir: string): Promise<{ lines: string[]; shots: string[] }> {
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const lines: string[] = [];
  const shots: string[] = [];
  for (const path of DEMO_PAGES) {
    await page.goto(`${origin}${path}`);
    lines.push(...describe(path, await settled(page, worker)), '');
    const file = join(outDir, `${path.slice(1).replace(/\.html$/, '').replace(/\//g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
    if (path === '/boards/linkedin/list.html') shots.push(...(await panelShots(page, outDir)));
    if (path === '/spa/linkedin.html') {
      await page.locator('[data-job-id="5100000002"] a').first().click();
      lines.push(...describe(`${path} after clicking another job (pushState)`, await settled(page, worker)), '');
      const after = join(outDir, 'spa-linkedin-after-click.png');
      await page.screenshot({ path: after, fullPage: true });
      shots.push(after);
    }
  }
  await page.close();
  return { lines, shots };
}
