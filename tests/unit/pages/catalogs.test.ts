// Every page string exists in English, French and Portuguese with the same placeholders, and every
// key the page components use is in the catalogs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectParallelCatalogs } from '../i18n/parallel-catalogs';
import { PAGE_CATALOGS } from '../../../components/i18n/catalogs';
import en from '../../../components/i18n/messages/pages.en.json';
import fr from '../../../components/i18n/messages/pages.fr.json';
import pt from '../../../components/i18n/messages/pages.pt.json';
import { CHECKER_EXAMPLES } from '../../../components/pages/checker/examples';


function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('page catalogs', () => {
  it('have the same keys and placeholders in en, fr and pt, none empty', () => {
    expectParallelCatalogs(en, fr, pt);
  });

  it('contain every literal key the page components ask for', () => {
    const used = new Set<string>();
    for (const file of [...files('components/pages'), ...files('components/charts')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:popup_status|log_col|import_error)_[a-z_]+)'/g)) used.add(m[1]!);
    }
    for (const e of CHECKER_EXAMPLES) used.add(`example_${e.id}`);
    for (const suffix of ['unreadable', 'not_supported', 'no_health', 'disabled', 'board_off', 'not_read', 'not_web']) used.add(`popup_status_${suffix}_title`);
    for (const code of ['not_json', 'not_export', 'newer_schema']) used.add(`import_error_${code}`);
    for (const key of used) for (const locale of ['en', 'fr', 'pt'] as const) expect(PAGE_CATALOGS[locale][key], `${locale}:${key}`).toBeDefined();
    expect(used.size).toBeGreaterThan(150);
  });
});
