// The command-line check, run as a user runs it: `npm run --silent check -- …` (here: tsx directly).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/cli');

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Out { ads: Array<{ source: string; title: string | null; employer: string | null; health: boolean; destination: string | null; international: boolean; targets: string[]; verdict: string; findings: Array<{ rule: string; severity: string; evidence: Array<{ text: string; start: number; end: number }>; basis: unknown[] }> }> }

describe('npm run check', () => {
  it('checks a .txt ad and prints the DESIGN.md JSON contract', () => {
    const { code, stdout } = check('--json', join(FIXTURES, 'nurses-from-ghana.txt'));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Out;
    expect(out.ads).toHaveLength(1);
    const ad = out.ads[0]!;
    expect(Object.keys(ad)).toEqual(['source', 'title', 'employer', 'health', 'destination', 'international', 'targets', 'verdict', 'findings']);
    expect(ad).toMatchObject({ source: join(FIXTURES, 'nurses-from-ghana.txt'), health: true, destination: 'GB', international: true, targets: ['GH'], verdict: 'concern' });
    expect(ad.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['safeguard-list-targeting', 'candidate-fee']));
    for (const f of ad.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'evidence', 'basis']);
      expect(f.basis.length).toBeGreaterThan(0);
    }
  });

  it('reads a JobPosting array (.json), a .jsonl of text and html ads, and whole folders', () => {
    const json = JSON.parse(check('--json', join(FIXTURES, 'postings.json')).stdout) as Out;
    expect(json.ads.map((a) => [a.destination, a.verdict])).toEqual([['GB', 'no-concern'], ['GB', 'concern']]);
    expect(json.ads[1]!.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['safeguard-list-targeting', 'document-retention']));

    const jsonl = JSON.parse(check('--json', join(FIXTURES, 'ads.jsonl')).stdout) as Out;
    expect(jsonl.ads.map((a) => a.source.split('#')[1])).toEqual(['a1', 'a2', 'a3']);
    expect(jsonl.ads[0]).toMatchObject({ destination: 'PT', targets: ['AO'] });
    expect(jsonl.ads[1]).toMatchObject({ title: 'Midwife', employer: 'Lakeside Maternity Clinic', destination: 'IE' });
    expect(jsonl.ads[2]).toMatchObject({ health: false, findings: [] });

    const folder = check('--json', join(ROOT, 'tests/fixtures/boards/seek'));
    expect(folder.code).toBe(0);
    expect((JSON.parse(folder.stdout) as Out).ads.length).toBeGreaterThan(2);
  });

  it('evidence offsets point at the evidence text in the ad', () => {
    const out = JSON.parse(check('--json', join(FIXTURES, 'nurses-from-ghana.txt')).stdout) as Out;
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const text = readFileSync(join(FIXTURES, 'nurses-from-ghana.txt'), 'utf8');
    for (const f of out.ads[0]!.findings) for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('a bad file gets one clear line on stderr, the others are still checked, stdout stays JSON and the exit code says so', () => {
    const { code, stdout, stderr } = check('--json', join(FIXTURES, 'broken.json'), join(FIXTURES, 'clean-nurse.txt'), join(FIXTURES, 'missing.txt'));
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as Out;
    expect(out.ads).toHaveLength(1);
    expect(out.ads[0]!.verdict).toBe('no-concern');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/broken\.json: not valid JSON/);
    expect(lines[1]).toMatch(/missing\.txt: no such file/);
  });

  it('rejects unknown options and unsupported types with a usage message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
    writeFileSync(join(dir, 'ad.docx'), 'x');
    const unsupported = check('--json', join(dir, 'ad.docx'));
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toMatch(/unsupported file type "\.docx"/);
    const bad = check('--frobnicate', 'x.txt');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --frobnicate/);
  });

  it('prints a readable report in English, French or Portuguese', () => {
    const en = check(join(FIXTURES, 'nurses-from-ghana.txt'));
    expect(en.stdout).toMatch(/CONCERN/);
    expect(en.stdout).toMatch(/Recruits from: Ghana/);
    expect(en.stdout).toMatch(/“Processing fee: GH₵ 12,000”/);
    const fr = check('--lang', 'fr', join(FIXTURES, 'nurses-from-ghana.txt'));
    expect(fr.stdout).toMatch(/Recrute depuis : Ghana|Recrute depuis: Ghana/);
    const pt = check('--lang', 'pt', join(FIXTURES, 'clean-nurse.txt'));
    expect(pt.stdout.toLowerCase()).toMatch(/nenhum|sem|não/);
  });
});
