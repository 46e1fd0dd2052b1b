// npm start: builds the demo extension, serves the project's demo board pages on 127.0.0.1, and
// opens Chromium with the extension on them. With a display the window stays open for you; without
// one it runs headless, prints what the extension shows on each page and saves screenshots.

import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/e2e/serve';
import { browserProblem, launchDemoBrowser } from './demo/launch';
import { DEMO_INDEX } from './demo/pages';
import { tour } from './demo/tour';

const OUT_DIR = resolve('demo-output');

function build(): void {
  console.log('Building the demo extension (wxt build --mode demo)…');
  const result = spawnSync(resolve('node_modules/.bin/wxt'), ['build', '--mode', 'demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

async function serve() {
  const wanted = Number(process.env.DEMO_PORT ?? 4180);
  try {
    return await startFixtureServer(wanted);
  } catch {
    return startFixtureServer(0);
  }
}

async function main(): Promise<void> {
  build();
  const problem = browserProblem();
  if (problem) throw new Error(problem);
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headed = Boolean(process.env.DISPLAY);
  const { context, worker } = await launchDemoBrowser(!headed);

  if (headed) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}${DEMO_INDEX}`);
    console.log(`\nChromium is open with Recruit Lens on the demo pages: ${origin}${DEMO_INDEX}`);
    console.log('Open a board page, click a badge for the findings, try "Report a concern" and "Save as evidence".');
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
    server.close();
    return;
  }

  console.log(`\nNo display: running headless over the demo pages served at ${origin}/\n`);
  const { lines, shots } = await tour(context, worker, origin, OUT_DIR);
  await context.close();
  server.close();
  console.log(lines.join('\n'));
  console.log(`Saved ${shots.length} screenshots in ${OUT_DIR}/ (one per page, plus the open panel and the report preview).`);
  console.log('Run `npm start` where there is a display (DISPLAY set) to browse the pages yourself.');
}

main().catch((error) => {
  console.error(`npm start failed: ${(error as Error).message}`);
  if (process.env.DISPLAY) console.error('If this machine has no usable display, run it headless: DISPLAY= npm start');
  process.exitCode = 1;
});
