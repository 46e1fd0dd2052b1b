// Launches a real Chromium with the built extension (.output/chrome-mv3-demo, from
// `npm run build:demo`). Debian's /usr/bin/chromium here; Playwright's own Chromium elsewhere.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { outputPath } from '../../scripts/output-dir';

export const EXTENSION = outputPath('chrome-mv3-demo');
export const FIXTURES = `http://127.0.0.1:${process.env.FIXTURE_PORT ?? 4178}`;

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function launchWithExtension(userDataDir = mkdtempSync(join(tmpdir(), 'recruit-lens-'))): Promise<{ context: BrowserContext; extensionId: string; worker: Worker; userDataDir: string }> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION}: run npm run build:demo`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, extensionId: new URL(worker.url()).host, worker, userDataDir };
}

/** A test with a fresh browser profile and the extension loaded. */
export const test = base.extend<{ context: BrowserContext; extensionId: string; worker: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
});
export { expect } from '@playwright/test';
