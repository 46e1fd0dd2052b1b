// Evidence log figures, measured in Chromium with the built extension and 10,000 generated records
// in storage: time to the first render of evidence.html (and where it goes), time to filter, and
// time to export CSV and JSON. Printed by `npm run bench`; never asserted (targets: under 200 ms to
// first render and to filter).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION, launchWithExtension } from '../../tests/e2e/harness';
import { makeEvidenceRecords } from '../../tests/e2e/evidence-records';
import type { Figures } from './engine';

const N = 10_000;
const RUNS = 5;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function marks(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => performance.getEntriesByName('evidence-first-render').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
}

/** Changes a filter and waits for the count line to show the new number: returns the elapsed ms. */
async function timeFilter(page: Page, selector: string, value: string, expect: string): Promise<number> {
  return page.evaluate(async ({ selector, value, expect }) => {
    const count = document.querySelector('[data-testid="count"]')!;
    const control = document.querySelector<HTMLSelectElement>(selector)!;
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (count.textContent?.includes(expect)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, { selector, value, expect });
}

/** Clicks an export button and times until the file's blob URL is made (the text built and wrapped). */
async function timeExport(page: Page, testId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const original = URL.createObjectURL;
    let t1 = 0;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      t1 = performance.now();
      return original.call(URL, blob);
    };
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!.click();
    URL.createObjectURL = original;
    return t1 - t0;
  }, testId);
}

export async function benchEvidence(): Promise<Figures[]> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) return [{ label: 'evidence log', value: `skipped: no built extension at ${EXTENSION} (npm run build:demo)` }];
  const records = await makeEvidenceRecords(N, Date.UTC(2024, 0, 1), 0.1);
  const bytes = JSON.stringify(records).length;
  const { context, extensionId } = await launchWithExtension();
  try {
    const seed = await context.newPage();
    await seed.goto(`chrome-extension://${extensionId}/options.html`);
    for (let i = 0; i < records.length; i += 1000) {
      const batch = Object.fromEntries(records.slice(i, i + 1000).map((r) => [`evidence:${r.id}`, r]));
      await seed.evaluate((items) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items), batch);
    }
    await seed.close();

    const first: number[] = [];
    const boot: number[] = [];
    const settings: number[] = [];
    const load: number[] = [];
    const index: number[] = [];
    const render: number[] = [];
    const full: number[] = [];
    const filter: number[] = [];
    const search: number[] = [];
    const csv: number[] = [];
    const json: number[] = [];
    const ao = records.filter((r) => r.analysis.targets.includes('AO')).length;
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/evidence.html`);
      const m = await marks(page);
      first.push(m['evidence-first-render']!);
      boot.push(m['evidence-script-start']!);
      settings.push(m['evidence-load-start']! - m['evidence-script-start']!);
      load.push(m['evidence-loaded']! - m['evidence-load-start']!);
      index.push(m['evidence-indexed']! - m['evidence-loaded']!);
      render.push(m['evidence-first-render']! - m['evidence-indexed']!);
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.disabled, null, { timeout: 60_000 });
      full.push(await page.evaluate(() => performance.now()) - m['evidence-load-start']!);
      filter.push(await timeFilter(page, '#f-country', 'AO', `Showing ${ao} of`));
      filter.push(await timeFilter(page, '#f-country', '', `Showing ${N} of`));
      const t0 = Date.now();
      await page.fill('#f-search', 'luanda employer 3');
      await page.waitForFunction((n) => !document.querySelector('[data-testid="count"]')!.textContent!.includes(`Showing ${n} of`), N);
      search.push(Date.now() - t0 - 150);
      await page.fill('#f-search', '');
      await page.waitForFunction((n) => document.querySelector('[data-testid="count"]')!.textContent!.includes(`Showing ${n} of`), N);
      csv.push(await timeExport(page, 'export-csv'));
      json.push(await timeExport(page, 'export-json'));
      await page.close();
    }
    const later = (xs: number[]) => median(xs.slice(1));
    return [
      { label: `records in storage`, value: `${N} (${(bytes / 1e6).toFixed(1)} MB as JSON)` },
      { label: 'first render, very first open (no summary cache yet: reads every record)', value: ms(first[0]!) },
      { label: `first render of evidence.html (median of ${RUNS - 1} later opens, from navigation)`, value: ms(later(first)) },
      { label: '  of which: page start-up (HTML, loading and running the scripts)', value: ms(later(boot)) },
      { label: '  of which: settings read (language), summaries read alongside', value: ms(later(settings)) },
      { label: '  of which: waiting on the summaries after that', value: ms(later(load)) },
      { label: '  of which: index for search', value: ms(later(index)) },
      { label: '  of which: render table, filters and charts', value: ms(later(render)) },
      { label: 'all full records loaded in the background (median of later opens)', value: ms(later(full)) },
      { label: 'filter by country (change → table updated, median)', value: ms(median(filter)) },
      { label: 'full-text search (after the 150 ms debounce, median)', value: ms(Math.max(0, median(search))) },
      { label: 'export CSV, 10,000 rows (median)', value: ms(median(csv)) },
      { label: 'export JSON, 10,000 records (median)', value: ms(median(json)) },
    ];
  } finally {
    await context.close();
  }
}
