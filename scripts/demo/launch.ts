// Opens Chromium with the built demo extension: Debian's /usr/bin/chromium (or $CHROMIUM_PATH)
// when present, else Playwright's own Chromium (`npx playwright install chromium` once).

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { outputPath } from '../output-dir';

export const DEMO_EXTENSION = outputPath('chrome-mv3-demo');

export function browserPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Where the browser will come from, or why there is none. */
export function browserProblem(): string | undefined {
  const path = browserPath() ?? chromium.executablePath();
  if (existsSync(path)) return undefined;
  return `No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium and ${path}).\nInstall one with: npx playwright install chromium`;
}

export async function launchDemoBrowser(headless: boolean): Promise<{ context: BrowserContext; worker: Worker }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'recruit-lens-demo-')), {
    executablePath: browserPath(),
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${DEMO_EXTENSION}`,
      `--load-extension=${DEMO_EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker };
}
