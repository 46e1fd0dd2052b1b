// The overlay's strings exist in English, French and Portuguese with the same placeholders, and
// every key the overlay and the findings components ask for is in the catalogs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectParallelCatalogs } from '../i18n/parallel-catalogs';
import { OVERLAY_CATALOGS } from '../../../components/i18n/catalogs';
import en from '../../../components/i18n/messages/overlay.en.json';
import fr from '../../../components/i18n/messages/overlay.fr.json';
import pt from '../../../components/i18n/messages/overlay.pt.json';

const sources = ['components/overlay', 'components/findings', 'entrypoints/content', 'utils'].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)),
);

describe('overlay catalogs', () => {
  it('have the same keys and placeholders in en, fr and pt, none empty', () => {
    expectParallelCatalogs(en, fr, pt);
  });

  it('contain every key the overlay asks for, and the verdict and severity words', () => {
    const used = new Set<string>();
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of code.matchAll(/'(overlay_[a-z_]+)'/g)) used.add(m[1]!);
    }
    for (const verdict of ['concern', 'caution', 'no_concern', 'not_enough_data']) used.add(`verdict_${verdict}`).add(`verdict_${verdict}_long`);
    for (const severity of ['serious', 'warning', 'caution', 'info']) used.add(`severity_${severity}`);
    for (const key of used) for (const locale of ['en', 'fr', 'pt'] as const) expect(OVERLAY_CATALOGS[locale][key], `${locale}:${key}`).toBeDefined();
    expect(used.size).toBeGreaterThan(50);
  });

  it('keep the overlay words apart from the pages (no key clash)', () => {
    for (const key of Object.keys(en)) expect(key.startsWith('overlay_'), key).toBe(true);
  });
});
