// The content script's zod-free settings reader gives exactly what the zod schema gives, for any
// stored value: a damaged field falls back alone, unknown fields are dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../utils/settings';
import { plainSettings } from '../../../utils/settings-plain';

const anyValue = fc.oneof(fc.boolean(), fc.integer(), fc.string(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))), fc.dictionary(fc.string(), fc.oneof(fc.boolean(), fc.string())));
const field = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof(good, anyValue), { nil: undefined });
const stored = fc.record(
  {
    locale: field(fc.constantFrom('auto', 'en', 'fr', 'pt', 'es')),
    residence: field(fc.constantFrom('GB', 'NG', 'gb', 'GBR', null)),
    boards: field(fc.dictionary(fc.constantFrom('linkedin', 'indeed', 'reed'), fc.boolean())),
    showCaution: field(fc.boolean()),
    highlights: field(fc.boolean()),
    anySite: field(fc.boolean()),
    disabledSites: field(fc.array(fc.domain())),
    extra: field(fc.string()),
  },
  { requiredKeys: [] },
);

describe('plainSettings', () => {
  it('agrees with the zod schema on any stored object', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        expect(plainSettings(raw)).toEqual(parseSettings(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the defaults for nothing stored', () => {
    for (const raw of [undefined, null, 'settings', 3]) expect(plainSettings(raw)).toEqual(parseSettings(raw));
  });
});
