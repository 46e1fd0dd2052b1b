// Shared by the rule tests: build a JobAd from a hand-written ad, run the engine, and assert what
// RULES.md requires of one rule. Negative cases also assert the ad *is* a health ad, so a negative
// never passes just because the engine ignored the whole ad.
import { expect } from 'vitest';
import { analyze } from '../../../rules/analyze';
import type { Analysis, JobAd, RuleId, Severity } from '../../../rules/schema';

export type AdInput = string | (Partial<JobAd> & { description: string });

export interface Case {
  name: string;
  ad: AdInput;
  /** Expected severity, where RULES.md sets it. */
  severity?: Severity;
  /** Countries the finding (or the analysis' targets) must include. */
  countries?: string[];
}

let counter = 0;

export function toAd(input: AdInput): JobAd {
  counter += 1;
  if (typeof input === 'string') return { id: `t${counter}`, description: input };
  return { id: `t${counter}`, ...input };
}

export function run(input: AdInput): Analysis {
  return analyze(toAd(input));
}

export function rulesOf(analysis: Analysis): string[] {
  return analysis.findings.map((f) => f.rule);
}

/** One line a failing test prints: what the engine decided about the ad. */
export function summary(analysis: Analysis): string {
  return JSON.stringify({
    health: analysis.health,
    destination: analysis.destination,
    international: analysis.international,
    targets: analysis.targets,
    verdict: analysis.verdict,
    findings: analysis.findings.map((f) => `${f.rule}:${f.severity}`),
  });
}

/** Every evidence item of every finding is non-empty, in range, and is the slice of `text` it claims. */
export function expectEvidenceValid(analysis: Analysis, rule?: RuleId): void {
  for (const finding of analysis.findings) {
    if (rule && finding.rule !== rule) continue;
    for (const e of finding.evidence) {
      expect(e.start, `${finding.rule} evidence start`).toBeGreaterThanOrEqual(0);
      expect(e.end, `${finding.rule} evidence end`).toBeLessThanOrEqual(analysis.text.length);
      expect(e.end, `${finding.rule} evidence non-empty`).toBeGreaterThan(e.start);
      expect(e.text.trim().length, `${finding.rule} evidence text non-empty`).toBeGreaterThan(0);
      expect(analysis.text.slice(e.start, e.end), `${finding.rule} evidence equals its slice`).toBe(e.text);
    }
  }
}

/** The rule fires (with the given severity, if any), with valid, non-empty evidence. */
export function expectFires(input: AdInput, rule: RuleId, severity?: Severity): Analysis {
  const analysis = run(input);
  const info = summary(analysis);
  expect(rulesOf(analysis), info).toContain(rule);
  const finding = analysis.findings.find((f) => f.rule === rule)!;
  expect(finding.evidence.length, `${rule} has evidence; ${info}`).toBeGreaterThan(0);
  expectEvidenceValid(analysis, rule);
  if (severity) expect(finding.severity, info).toBe(severity);
  return analysis;
}

/** A health ad on which the rule must not fire. */
export function expectQuiet(input: AdInput, rule: RuleId): Analysis {
  const analysis = run(input);
  const info = summary(analysis);
  expect(analysis.health, `should be read as a health ad; ${info}`).toBe(true);
  expect(rulesOf(analysis), info).not.toContain(rule);
  expectEvidenceValid(analysis);
  return analysis;
}

/** Rows for `it.each(...)('… %s', (name, c) => …)`: the full case name in the test title (`$name` is cut at 40 characters). */
export function named<T extends { name: string }>(cases: T[]): Array<[string, T]> {
  return cases.map((c) => [c.name, c]);
}
