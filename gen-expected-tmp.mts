import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseHtml } from '/work/main/boards/parse-html.ts';
import { readPage } from '/work/main/boards/index.ts';
const dir = '/work/main/tests/fixtures/boards/';
const out: Record<string, unknown[]> = {};
for (const board of readdirSync(dir).sort()) {
  if (board.endsWith('.json')) continue;
  for (const f of readdirSync(dir + board).sort()) {
    const r = readPage(parseHtml(readFileSync(`${dir}${board}/${f}`, 'utf8')));
    out[`${board}/${f}`] = r.ads.map((a) => ({ id: a.ad.id, kind: a.kind, title: a.ad.title ?? null, employer: a.ad.employer ?? null }));
  }
}
const text = '{\n' + Object.entries(out).map(([k, ads]) => `  ${JSON.stringify(k)}: [\n` + ads.map((a) => `    ${JSON.stringify(a)}`).join(',\n') + '\n  ]').join(',\n') + '\n}\n';
writeFileSync(dir + 'expected.json', text);
