// npm run bench — speed figures, printed (never asserted in tests). The browser figures (page
// overhead, content-script size, evidence log) are added by scripts/bench/*.ts when available.

import { benchEngine, type Figures } from './bench/engine';
import { benchEvidence } from './bench/evidence';
import { benchPage } from './bench/page';

function print(title: string, figures: Figures[]): void {
  console.log(`\n== ${title}`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures) console.log(`${f.label.padEnd(width)}  ${f.value}`);
}

print('Rules engine (Node, one core)', benchEngine());
print('Evidence log (10,000 records)', await benchEvidence());
print('Job board page in Chromium', await benchPage());
