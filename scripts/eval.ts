// npm run eval — how well the rules decide, measured on ../shared/corpus:
//   1. labelled/dev.jsonl: per-rule precision and recall, micro averages, exact-set share, per
//      language; health/destination/targets agreement. Pages with several ads are judged by the
//      union of their ads, as the labels are.
//   2. real NHS adverts (14,842 JobPosting JSON-LD files): the share given serious and
//      warning-or-worse findings, with a sample to read.
// Skips cleanly when the corpus is absent (a fresh clone has no ../shared).

import { readFileSync } from 'node:fs';
import { analyze } from '../rules/analyze';
import { RULE_IDS, type Analysis, type JobAd } from '../rules/schema';
import { jobPostingToAd } from '../boards/index';
import { corpusPath, readTarGz } from './cli/corpus';
import { htmlAds, textAd } from './cli/inputs';

interface Row {
  id: string;
  lang: string;
  kind: 'text' | 'html';
  text?: string;
  html?: string;
  url?: string | null;
  expect: { health: boolean; destination: string | null; targets: string[]; rules: string[] };
}

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const pct = (n: number, d: number) => (d ? (100 * n) / d : 0);
const ratio = (n: number, d: number) => (d ? n / d : 1);
const fmt = (x: number) => x.toFixed(3);

function analyseRow(row: Row): Analysis[] {
  const url = row.url ?? undefined;
  const ads: JobAd[] = row.kind === 'html' ? htmlAds(row.html ?? '', url) : [textAd(row.id, row.text ?? '', url)];
  return ads.map(analyze);
}

function evaluateDev(path: string): void {
  const rows: Row[] = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const perRule = new Map<string, Tally>(RULE_IDS.map((r) => [r, tally()]));
  const perLang = new Map<string, Tally>();
  let exact = 0;
  let health = 0;
  let destination = 0;
  let targets = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const analyses = analyseRow(row);
    const got = new Set<string>(analyses.flatMap((a) => a.findings.map((f) => f.rule)));
    const want = new Set(row.expect.rules);
    const lang = perLang.get(row.lang) ?? tally();
    perLang.set(row.lang, lang);
    for (const rule of RULE_IDS) {
      const t = perRule.get(rule)!;
      const g = got.has(rule);
      const w = want.has(rule);
      if (g && w) { t.tp++; lang.tp++; } else if (g) { t.fp++; lang.fp++; } else if (w) { t.fn++; lang.fn++; }
    }
    const same = got.size === want.size && [...got].every((r) => want.has(r));
    if (same) exact++;
    else misses.push(`${row.id} (${row.lang}) missing [${[...want].filter((r) => !got.has(r))}] extra [${[...got].filter((r) => !want.has(r))}]`);
    if (analyses.some((a) => a.health) === row.expect.health) health++;
    if (analyses.some((a) => a.destination === row.expect.destination)) destination++;
    const gotTargets = [...new Set(analyses.flatMap((a) => a.targets))].sort().join();
    if (gotTargets === [...row.expect.targets].sort().join()) targets++;
  }

  console.log(`\n== Labelled dev set: ${rows.length} ads (${path})`);
  console.log('rule'.padEnd(34) + 'precision  recall   tp  fp  fn');
  let micro = tally();
  for (const [rule, t] of perRule) {
    micro = { tp: micro.tp + t.tp, fp: micro.fp + t.fp, fn: micro.fn + t.fn };
    console.log(`${rule.padEnd(34)}${fmt(ratio(t.tp, t.tp + t.fp)).padEnd(11)}${fmt(ratio(t.tp, t.tp + t.fn)).padEnd(8)}${String(t.tp).padStart(4)}${String(t.fp).padStart(4)}${String(t.fn).padStart(4)}`);
  }
  console.log(`${'MICRO'.padEnd(34)}${fmt(ratio(micro.tp, micro.tp + micro.fp)).padEnd(11)}${fmt(ratio(micro.tp, micro.tp + micro.fn))}`);
  console.log('\nper language      precision  recall   ads');
  for (const [lang, t] of [...perLang].sort()) {
    const n = rows.filter((r) => r.lang === lang).length;
    console.log(`${lang.padEnd(18)}${fmt(ratio(t.tp, t.tp + t.fp)).padEnd(11)}${fmt(ratio(t.tp, t.tp + t.fn)).padEnd(9)}${n}`);
  }
  console.log(`\nexact rule set: ${exact}/${rows.length} (${pct(exact, rows.length).toFixed(1)}%)`);
  console.log(`health: ${pct(health, rows.length).toFixed(1)}%  destination: ${pct(destination, rows.length).toFixed(1)}%  targets (exact set): ${pct(targets, rows.length).toFixed(1)}%`);
  if (misses.length) console.log(`\nads whose rule set differs:\n  ${misses.join('\n  ')}`);
}

function evaluateNhs(path: string): void {
  const entries = readTarGz(path).filter((e) => e.name.endsWith('.json'));
  let serious = 0;
  let warning = 0;
  let caution = 0;
  let healthCount = 0;
  const byRule = new Map<string, number>();
  const sample: string[] = [];
  for (const entry of entries) {
    let posting: unknown;
    try {
      posting = JSON.parse(entry.data.toString('utf8'));
    } catch {
      continue;
    }
    const ad = jobPostingToAd(posting as Record<string, unknown>, { source: 'json', onlyPosting: true });
    const analysis = analyze(ad);
    if (analysis.health) healthCount++;
    const severities = new Set(analysis.findings.map((f) => f.severity));
    if (severities.has('serious')) serious++;
    if (severities.has('serious') || severities.has('warning')) warning++;
    if (severities.has('caution')) caution++;
    for (const f of analysis.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    const flagged = analysis.findings.filter((f) => f.severity === 'serious' || f.severity === 'warning');
    if (flagged.length && sample.length < 25) {
      sample.push(`${entry.name} — ${ad.title} (${ad.employer})\n      ${flagged.map((f) => `${f.rule}/${f.severity}: “${f.evidence[0]?.text.replace(/\s+/g, ' ').slice(0, 160) ?? ''}”`).join('\n      ')}`);
    }
  }
  const n = entries.length;
  console.log(`\n== Real NHS Jobs adverts (2020): ${n} JobPostings`);
  console.log(`health posts: ${healthCount} (${pct(healthCount, n).toFixed(1)}%)`);
  console.log(`serious findings: ${serious} (${pct(serious, n).toFixed(2)}%)   target ≤ 0.5%`);
  console.log(`warning or serious: ${warning} (${pct(warning, n).toFixed(2)}%)   target ≤ 2%`);
  console.log(`caution only or more: ${caution} (${pct(caution, n).toFixed(2)}%)`);
  console.log(`findings by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${c}`).join(', ')}`);
  if (sample.length) console.log(`\nsample of warning-or-worse adverts to read:\n  ${sample.join('\n  ')}`);
}

/** Jobberman (Nigeria) scraped adverts: real, mostly domestic; how often does anything fire? */
function evaluateJobberman(path: string): void {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown>>;
  const text = (v: unknown) => (Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '');
  let health = 0;
  let flagged = 0;
  const byRule = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const ad: JobAd = {
      id: `jobberman-${i}`,
      title: text(row.job_tittle),
      employer: text(row.commpany_Name),
      description: [text(row.job_tittle), text(row.sector), text(row.responsibilities), text(row.requirements)].join('\n'),
      salary: { text: `NGN ${text(row.pay)}` },
      url: 'https://www.jobberman.com/',
    };
    const a = analyze(ad);
    if (a.health) health++;
    if (a.findings.some((f) => f.severity !== 'info')) flagged++;
    for (const f of a.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
  console.log(`\n== Real Jobberman (Nigeria) adverts: ${rows.length}`);
  console.log(`health posts: ${health}; ads with any finding above info: ${flagged} (${pct(flagged, rows.length).toFixed(1)}%)`);
  if (byRule.size) console.log(`findings by rule: ${[...byRule].map(([r, c]) => `${r} ${c}`).join(', ')}`);
}

/** EMSCAD's fraudulent adverts (2012–2014): which health ones do the rules flag? (Fraud ≠ Code breach.) */
function evaluateEmscad(path: string): void {
  const lines = readFileSync(path, 'utf8');
  const rows = parseCsv(lines);
  const header = rows.shift() ?? [];
  const col = (name: string) => header.indexOf(name);
  let health = 0;
  let flagged = 0;
  for (const [i, row] of rows.entries()) {
    const get = (name: string) => row[col(name)] ?? '';
    const ad: JobAd = {
      id: `emscad-${i}`,
      title: get('title'),
      location: get('location'),
      description: [get('title'), get('company_profile'), get('description'), get('requirements'), get('benefits')].join('\n'),
      ...(get('salary_range') ? { salary: { text: get('salary_range') } } : {}),
    };
    const a = analyze(ad);
    if (!a.health) continue;
    health++;
    if (a.findings.some((f) => f.severity !== 'info')) flagged++;
  }
  console.log(`\n== EMSCAD fraudulent adverts: ${rows.length}; health posts among them: ${health}; flagged: ${flagged} (${pct(flagged, health).toFixed(1)}% of health posts)`);
}

/** RFC 4180 CSV (quoted fields with commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function main(): void {
  const dev = corpusPath('labelled', 'dev.jsonl');
  const nhs = corpusPath('real', 'nhs-jobs-2020-jobposting-jsonld.tar.gz');
  if (!dev && !nhs) {
    console.log('eval skipped: ../shared/corpus not found (set RECRUIT_LENS_CORPUS to its path).');
    return;
  }
  if (dev) evaluateDev(dev);
  else console.log('dev set skipped: labelled/dev.jsonl not found');
  if (nhs) evaluateNhs(nhs);
  else console.log('NHS archive skipped: real/nhs-jobs-2020-jobposting-jsonld.tar.gz not found');
  const jobberman = corpusPath('real', 'jobberman-ng-scraped-jobs.json');
  if (jobberman) evaluateJobberman(jobberman);
  const emscad = corpusPath('real', 'emscad-fraudulent-866.csv');
  if (emscad) evaluateEmscad(emscad);
}

main();
