// The finding texts (why it matters, what to ask, how to fix) and the CLI's words exist in English,
// French and Portuguese for every rule and every variant a rule can report.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import commonEn from '../../../components/i18n/messages/common.en.json';
import commonFr from '../../../components/i18n/messages/common.fr.json';
import commonPt from '../../../components/i18n/messages/common.pt.json';
import en from '../../../components/i18n/messages/rules.en.json';
import fr from '../../../components/i18n/messages/rules.fr.json';
import pt from '../../../components/i18n/messages/rules.pt.json';
import { RULE_IDS } from '../../../rules/schema';
import { expectParallelCatalogs } from './parallel-catalogs';

const keyOf = (rule: string) => `rule_${rule.replace(/-/g, '_')}`;

/** The variants each rule file can report ("variant: x ? 'vague' : undefined"). */
function variantsOf(rule: string): string[] {
  const code = readFileSync(join('rules/rules', `${rule}.ts`), 'utf8');
  return [...code.matchAll(/variant:[^\n]*?'([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('rule catalogs', () => {
  it('have the same keys and placeholders in en, fr and pt, none empty', () => {
    expectParallelCatalogs(en, fr, pt);
    expectParallelCatalogs(commonEn, commonFr, commonPt);
  });

  it.each(RULE_IDS)('%s has a title, why, ask and fix, and a why for each variant it reports', (rule) => {
    const key = keyOf(rule);
    const needed = ['title', 'why', 'ask', 'fix'].map((part) => `${key}_${part}`);
    needed.push(...variantsOf(rule).map((variant) => `${key}_${variant}_why`));
    for (const k of needed) expect(Object.keys(en), k).toContain(k);
  });

  it('finds the rule files the variants are read from', () => {
    const files = readdirSync('rules/rules').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    for (const rule of RULE_IDS) expect(files).toContain(rule);
    expect(variantsOf('missing-pay')).toContain('vague');
  });
});
