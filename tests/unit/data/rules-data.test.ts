// Every rules data file is valid against its zod schema, every entry says where it comes from and
// when, and the country lists agree with RULES.md.
import { describe, expect, it } from 'vitest';
import {
  AgreementsFile, CountriesFile, DestinationsFile, FxFile, GermanyListFile, InstrumentsFile, LexiconFile,
  SafeguardListFile, UkListsFile,
} from '../../../rules/data/schema';
import * as data from '../../../rules/data/index';
import agreements from '../../../rules/data/agreements.json';
import destinations from '../../../rules/data/destinations.json';
import fx from '../../../rules/data/fx.json';
import germany from '../../../rules/data/germany-38.json';
import instruments from '../../../rules/data/instruments.json';
import safeguard from '../../../rules/data/safeguard-list.json';
import ukLists from '../../../rules/data/uk-lists.json';
import { compilePhrase } from '../../../rules/text/phrase';

const RULES_MD_SSL = 'AO BJ BF BI CM CF TD KM CG CD CI GQ ER ET GA GM GH GN GW LS LR MG MW ML MR MZ NE NG RW SN SL SS TZ TG UG ZM ZW AF DJ PK SO SD YE BD NP TL KI LA FM PG WS SB TV VU HT'.split(' ');

describe('rules data files', () => {
  it.each([
    ['safeguard-list', SafeguardListFile, safeguard],
    ['uk-lists', UkListsFile, ukLists],
    ['germany-38', GermanyListFile, germany],
    ['agreements', AgreementsFile, agreements],
    ['destinations', DestinationsFile, destinations],
    ['instruments', InstrumentsFile, instruments],
    ['fx', FxFile, fx],
  ] as const)('%s matches its schema', (_name, schema, file) => {
    const result = schema.safeParse(file);
    expect(result.success ? 'ok' : result.error.message).toBe('ok');
  });

  it.each(data.countryFiles.map((f, i) => [i, f] as const))('country file %i matches its schema', (_i, file) => {
    const result = CountriesFile.safeParse(file);
    expect(result.success ? 'ok' : result.error.message).toBe('ok');
  });

  it.each(Object.entries(data.lexicons))('lexicon %s matches its schema and every phrase compiles', (_name, lexicon) => {
    expect(LexiconFile.safeParse(lexicon).success).toBe(true);
    for (const perLang of Object.values(lexicon.concepts)) {
      for (const phrase of Object.values(perLang).flat()) expect(() => compilePhrase(phrase as string)).not.toThrow();
    }
  });

  it('every entry carries a source and a date, and no text ships an unverified claim', () => {
    const missing: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const isEntry = 'iso' in record || 'id' in record || 'partner' in record || 'aliases' in record;
        if (isEntry && (typeof record.source !== 'string' || typeof record.date !== 'string')) missing.push(path);
        for (const [k, v] of Object.entries(record)) visit(v, `${path}.${k}`);
      } else if (typeof value === 'string' && /UNVERIFIED/.test(value)) missing.push(`${path}: ${value}`);
    };
    for (const [name, file] of Object.entries({ safeguard, ukLists, germany, agreements, destinations, instruments, fx, countries: data.countryFiles, lexicons: data.lexicons })) visit(file, name);
    expect(missing).toEqual([]);
  });
});

describe('country lists', () => {
  it('the WHO Safeguards List 2023 has the 55 countries of RULES.md, edition and date as data', () => {
    expect([...data.ssl.countries].sort()).toEqual([...RULES_MD_SSL].sort());
    expect(data.ssl.edition).toBe('2023');
    expect(data.ssl.published).toMatch(/^2023/);
  });

  it('UK red is the list less Nepal; amber is Kenya and Nepal; green with agreements IN MY PH LK', () => {
    expect([...data.uk.red].sort()).toEqual(RULES_MD_SSL.filter((c) => c !== 'NP').sort());
    expect([...data.uk.amber].sort()).toEqual(['KE', 'NP']);
    expect([...data.uk.greenWithAgreement].sort()).toEqual(['IN', 'LK', 'MY', 'PH']);
  });

  it('Germany §38 lists the same 55 states', () => {
    expect([...data.germany38.countries].sort()).toEqual([...RULES_MD_SSL].sort());
  });

  it('Kenya, India, the Philippines, Sri Lanka, Malaysia, South Africa, Botswana, Namibia and Eswatini are not on the list', () => {
    for (const iso of ['KE', 'IN', 'PH', 'LK', 'MY', 'ZA', 'BW', 'NA', 'SZ']) expect(data.sslSet.has(iso)).toBe(false);
  });

  it('every country the rules meet has names, demonyms and cities in the five languages', () => {
    const needed = [...RULES_MD_SSL, 'KE', 'IN', 'PH', 'LK', 'MY', 'ZA', 'GB', 'IE', 'US', 'CA', 'AU', 'DE', 'FR', 'PT', 'BE', 'SA', 'AE'];
    for (const iso of needed) {
      const country = data.countryByIso.get(iso);
      expect(country, iso).toBeDefined();
      for (const lang of ['en', 'fr', 'pt', 'es', 'de'] as const) {
        expect(country!.names[lang].length, `${iso} names ${lang}`).toBeGreaterThan(0);
        expect(country!.demonyms[lang].length, `${iso} demonyms ${lang}`).toBeGreaterThan(0);
      }
      expect(country!.cities.length, `${iso} cities`).toBeGreaterThan(0);
    }
  });

  it('each ISO code appears once across the country files', () => {
    const codes = data.countries.map((c) => c.iso);
    expect(codes.length).toBe(new Set(codes).size);
  });

  it('demonyms keep their inflections (nigérian/nigériane/nigérians; moçambicano/a/os/as)', () => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const ng = data.countryByIso.get('NG')!.demonyms.fr.map(fold);
    expect(ng).toEqual(expect.arrayContaining(['nigerian', 'nigeriane', 'nigerians', 'nigerianes']));
    const mz = data.countryByIso.get('MZ')!.demonyms.pt.map(fold);
    expect(mz).toEqual(expect.arrayContaining(['mocambicano', 'mocambicana', 'mocambicanos', 'mocambicanas']));
    expect(data.countryByIso.get('NG')!.demonyms.fr.map(fold)).not.toContain('nigerien');
  });
});

describe('agreements and destinations', () => {
  it('records the UK agreements of the research and the UK–Zimbabwe agreement that does not exist', () => {
    expect(data.agreementStatus('GB', 'NP')).toBe('exists');
    expect(data.agreementStatus('GB', 'KE')).toBe('exists');
    expect(data.agreementStatus('GB', 'IN')).toBe('exists');
    expect(data.agreementStatus('GB', 'ZW')).toBe('does-not-exist');
    // The UK red list itself says no agreement covers a red country: it would be amber.
    expect(data.agreementStatus('GB', 'NG')).toBe('does-not-exist');
    expect(data.agreementStatus('SA', 'PK')).toBe('unknown');
  });

  it('names the channels of the amber agreements', () => {
    expect(data.agreementFor('GB', 'NP')?.channel?.names).toContain('Hampshire Hospitals NHS Foundation Trust');
    expect(data.agreementFor('GB', 'KE')?.channel?.names.join(' ')).toMatch(/Ministry of Health/);
  });

  it('ships only the reporting contacts the research confirms, exactly as found', () => {
    const gb = data.destinationByIso.get('GB')!;
    const contacts = gb.channels.map((c) => c.email ?? c.phone ?? c.web);
    expect(contacts).toEqual(expect.arrayContaining(['internationalrecruitment@nhsconfed.org', '0800 432 0804', '08000 121 700', '0300 123 1100']));
    expect(data.destinationByIso.get('US')!.channels.map((c) => c.email)).toEqual(['staff@cgfnsalliance.org']);
    for (const d of data.destinationList) if (!['GB', 'US'].includes(d.iso)) expect(d.channels).toEqual([]);
  });

  it('every instrument a rule cites exists', async () => {
    const { RULES } = await import('../../../rules/rules/index');
    for (const rule of RULES) for (const ref of rule.basis) expect(data.instrumentById.has(ref.instrument), `${rule.id} → ${ref.instrument}`).toBe(true);
  });
});
