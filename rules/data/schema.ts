// zod schemas for every file in rules/data/. Validated in tests (tests/unit/data.test.ts) and by
// `npm run check`'s loader, never on every page.
import { z } from 'zod';

export const LANGS = ['en', 'fr', 'pt', 'es', 'de'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const Iso2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code');
const IsoDate = z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'date as YYYY, YYYY-MM or YYYY-MM-DD');

/** Where a fact comes from. `url` only when a stored copy of that page was read. */
export const Source = z.object({
  source: z.string().min(3),
  url: z.string().url().optional(),
  date: IsoDate,
});

/** Surface forms per language; phrases are matched case- and accent-insensitively. */
const PerLang = z.object({
  en: z.array(z.string().min(1)),
  fr: z.array(z.string().min(1)),
  pt: z.array(z.string().min(1)),
  es: z.array(z.string().min(1)),
  de: z.array(z.string().min(1)),
});

export const Regulator = Source.extend({
  name: z.string().min(3),
  /** Other names and abbreviations it is known by (NMCN, PNMC, NCK …). */
  aliases: z.array(z.string().min(2)).default([]),
  kind: z.enum(['nursing', 'medical', 'dental', 'pharmacy', 'allied', 'laboratory', 'health']),
});
export type Regulator = z.infer<typeof Regulator>;

export const Country = Source.extend({
  iso: Iso2,
  names: PerLang,
  /** Every inflected form: nigérian, nigériane, nigérians, nigérianes … */
  demonyms: PerLang,
  /** Cities and regions where recruiters interview or hold events. */
  cities: z.array(z.string().min(2)),
  /** Currency codes, symbols and words used in ads for this country. */
  currency: z.object({
    codes: z.array(z.string()),
    symbols: z.array(z.string()).default([]),
    words: z.array(z.string()).default([]),
  }).optional(),
  regulators: z.array(Regulator).default([]),
  /**
   * Names that are also ordinary words or people's names (Chad, Niger in English text …) need a
   * targeting cue next to them before they count.
   */
  ambiguousNames: z.array(z.string()).default([]),
});
export type Country = z.infer<typeof Country>;

export const CountriesFile = z.object({
  countries: z.array(Country).min(1),
});

export const SafeguardListFile = Source.extend({
  name: z.string(),
  edition: z.string(),
  published: IsoDate,
  countries: z.array(Iso2).length(55),
  sources: z.array(Source).min(1),
});

export const UkListsFile = Source.extend({
  red: z.array(Iso2),
  amber: z.array(Iso2),
  greenWithAgreement: z.array(Iso2),
  sources: z.array(Source).min(1),
});

export const GermanyListFile = Source.extend({
  provision: z.string(),
  asOf: IsoDate,
  countries: z.array(Iso2),
});

export const Agreement = Source.extend({
  destination: Iso2,
  partner: Iso2,
  /** false records an agreement that is known NOT to exist (a claim of one is then false). */
  exists: z.boolean(),
  name: z.string(),
  signed: IsoDate.optional(),
  /** Who may recruit under it. Empty: no restriction recorded. */
  channel: z.object({
    description: z.string(),
    names: z.array(z.string()).default([]),
  }).optional(),
});
export type Agreement = z.infer<typeof Agreement>;
export const AgreementsFile = z.object({ agreements: z.array(Agreement) });

export const ReportingChannel = Source.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** i18n key describing what the channel handles. */
  handlesKey: z.string(),
  email: z.string().email().optional(),
  phone: z.string().optional(),
  web: z.string().url().optional(),
});
export type ReportingChannel = z.infer<typeof ReportingChannel>;

export const Destination = Source.extend({
  iso: Iso2,
  /** The code of practice or law cited for this destination, if any beyond the WHO Code. */
  codes: z.array(z.string()),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The nursing/medical regulator requires English-language evidence. */
  englishEvidence: z.boolean(),
  channels: z.array(ReportingChannel),
});
export type Destination = z.infer<typeof Destination>;
export const DestinationsFile = z.object({ destinations: z.array(Destination) });

export const Instrument = Source.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  short: z.string(),
});
export const InstrumentsFile = z.object({ instruments: z.array(Instrument) });

/** A lexicon: named concepts, each a list of phrases per language (see rules/text/phrase.ts). */
export const LexiconFile = Source.extend({
  concepts: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), PerLang.partial().extend({
    any: z.array(z.string().min(1)).optional(),
  })),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export const FxFile = Source.extend({
  /** Rough value of one unit in GBP, for comparing with the £5,000 threshold only. */
  toGBP: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});
