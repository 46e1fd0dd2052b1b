// The page figures, measured in Chromium, each against the same page without the extension in the
// same run: a LinkedIn-like listing of 100 health ads — our main-thread time (the demo build marks
// every slice of its work as a "recruit-lens" performance measure), our longest task, long tasks,
// load overhead — then 20 cards appended by infinite scroll; and the content script's size.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { outputPath } from '../output-dir';
import { browserPath, DEMO_EXTENSION } from '../demo/launch';
import type { Figures } from './engine';
import { listingPage } from './listing-page';

const CARDS = 100;
const APPENDED = 20;
const RUNS = 5;
const CONTENT_SCRIPT = outputPath('chrome-mv3', 'content-scripts', 'content.js');

interface Run {
  load: number;
  work: number;
  read: number;
  longest: number;
  longTasks: number;
  script: number;
  appendWork: number;
  appendRead: number;
  appendScript: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function build(args: string[]): void {
  const result = spawnSync(resolve('node_modules/.bin/wxt'), ['build', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`wxt build ${args.join(' ')} failed`);
}

function serve(html: string): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** An extension whose content script does nothing, on the same pages: what any extension costs here. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recruit-lens-empty-ext-'));
  const manifest = { manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'bg.js' }, content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }] };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), 'void 0;');
  writeFileSync(join(dir, 'bg.js'), 'void 0;');
  return dir;
}

async function launch(extensionDir?: string): Promise<BrowserContext> {
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'recruit-lens-bench-')), { executablePath: browserPath(), headless: true, args: [...extension, ...ARGS] });
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return context;
}

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return load;
}

/** Our work so far: the sum and count of "recruit-lens" measures, the reader's share, the longest. */
function ourWork(page: Page) {
  return page.evaluate(() => {
    const work = performance.getEntriesByName('recruit-lens');
    const read = [...performance.getEntriesByName('recruit-lens:read'), ...performance.getEntriesByName('recruit-lens:read-added')];
    return { n: work.length, sum: work.reduce((s, e) => s + e.duration, 0), read: read.reduce((s, e) => s + e.duration, 0), longest: Math.max(0, ...work.map((e) => e.duration)) };
  });
}

const badges = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('recruit-lens-overlay')).filter((h) => h.shadowRoot?.querySelector('[data-verdict]')).length);

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('the page did not settle in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until no new work has been recorded for a while. */
async function quiet(page: Page): Promise<void> {
  let last = -1;
  let still = 0;
  while (still < 6) {
    const { n } = await ourWork(page);
    still = n === last ? still + 1 : 0;
    last = n;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function scriptTime(page: Page, cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  void page;
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function measure(context: BrowserContext, url: string, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) {
    await until(async () => (await badges(page)) >= CARDS + 1);
    await quiet(page);
  } else await page.waitForTimeout(1500);
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  const before = await ourWork(page);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  const script = await scriptTime(page, cdp);

  await page.evaluate((n) => (window as unknown as { appendCards(n: number): void }).appendCards(n), APPENDED);
  if (withExtension) {
    await until(async () => (await badges(page)) >= CARDS + APPENDED + 1);
    await quiet(page);
  } else await page.waitForTimeout(800);
  const after = await ourWork(page);
  const appendScript = (await scriptTime(page, cdp)) - script;
  await page.close();
  return {
    load, work: before.sum, read: before.read, longest: Math.max(before.longest, after.longest), longTasks, script,
    appendWork: after.sum - before.sum, appendRead: after.read - before.read, appendScript,
  };
}

export async function benchPage(): Promise<Figures[]> {
  build([]);
  build(['--mode', 'demo']);
  const code = readFileSync(CONTENT_SCRIPT);
  const server = await serve(listingPage(CARDS));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jobs`;
  const withExt = await launch(DEMO_EXTENSION);
  const without = await launch();
  const empty = await launch(emptyExtension());
  const ours: Run[] = [];
  const theirs: Run[] = [];
  const emptyLoads: number[] = [];
  try {
    await measure(withExt, url, true); // warm-up of the browser's caches, not counted
    await measure(without, url, false);
    await loadTime(empty, url);
    for (let i = 0; i < RUNS; i++) {
      ours.push(await measure(withExt, url, true));
      theirs.push(await measure(without, url, false));
      emptyLoads.push(await loadTime(empty, url));
    }
  } finally {
    await withExt.close();
    await without.close();
    await empty.close();
    server.close();
  }
  const m = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
  const overhead = (m(ours, 'load') / m(theirs, 'load') - 1) * 100;
  const emptyOverhead = (median(emptyLoads) / m(theirs, 'load') - 1) * 100;
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
  return [
    { label: 'content script, gzipped (production build; target ≤ 60 KB)', value: `${(gzipSync(code).length / 1024).toFixed(1)} KB (${(code.length / 1024).toFixed(0)} KB raw)` },
    { label: `${CARDS} cards: our main-thread work, median of ${RUNS} (target ≤ 16 ms)`, value: `${ms(m(ours, 'work'))}, of which board readers ${ms(m(ours, 'read'))}` },
    { label: `${CARDS} cards: script time on the main thread, with / without (CDP)`, value: `${ms(m(ours, 'script'))} / ${ms(m(theirs, 'script'))}` },
    { label: 'longest task of ours, worst run (long task ≥ 50 ms)', value: ms(Math.max(...ours.map((r) => r.longest))) },
    { label: 'long tasks on the page, median, with / without', value: `${m(ours, 'longTasks')} / ${m(theirs, 'longTasks')}` },
    { label: 'page load (load event), with / without (target ≤ 5%)', value: `${ms(m(ours, 'load'))} / ${ms(m(theirs, 'load'))} (${pct(overhead)})` },
    { label: 'page load with an extension that does nothing (reference)', value: `${ms(median(emptyLoads))} (${pct(emptyOverhead)})` },
    { label: `${APPENDED} cards appended: our main-thread work (target ≤ 5 ms)`, value: `${ms(m(ours, 'appendWork'))}, of which board readers ${ms(m(ours, 'appendRead'))}` },
    { label: `${APPENDED} cards appended: script time, with / without (CDP)`, value: `${ms(m(ours, 'appendScript'))} / ${ms(m(theirs, 'appendScript'))}` },
    { label: 'machine (cores, load average during the run)', value: `${cpus().length} cores, ${loadavg()[0]!.toFixed(1)}` },
  ];
}
