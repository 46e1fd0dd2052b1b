// Shared by the catalog tests: three catalogs that say the same things in English, French and
// Portuguese — the same keys, the same {placeholders}, no empty string.
import { expect } from 'vitest';

type Catalog = Record<string, string>;

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

export function expectParallelCatalogs(en: Catalog, fr: Catalog, pt: Catalog): void {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
  for (const [key, text] of Object.entries(en)) {
    expect(placeholders(fr[key]!), key).toEqual(placeholders(text));
    expect(placeholders(pt[key]!), key).toEqual(placeholders(text));
    for (const catalog of [en, fr, pt]) expect(catalog[key]!.trim(), key).not.toBe('');
  }
}
