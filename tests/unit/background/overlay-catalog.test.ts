// The page gets its words from the background: the chosen language, English where a key is missing.
import { describe, expect, it } from 'vitest';
import { overlayCatalog } from '../../../entrypoints/background/overlay-catalog';
import { OVERLAY_CATALOGS } from '../../../components/i18n/catalogs';

describe('overlayCatalog', () => {
  it('sends the whole catalog of a language', () => {
    const fr = overlayCatalog('fr');
    expect(fr.verdict_concern).toBe(OVERLAY_CATALOGS.fr.verdict_concern);
    expect(fr.overlay_report).toBe('Signaler un problème');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(OVERLAY_CATALOGS.en).sort());
  });
});
