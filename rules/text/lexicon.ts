// Builds the one matcher holding every lexicon phrase and every country form (names, demonyms,
// cities, regulators), once per process/page, on first use.

import { countries, lexicons } from '../data/index';
import { fold } from './fold';
import { PhraseMatcher } from './matcher';

export type CountryFormKind = 'name' | 'demonym' | 'city' | 'regulator';

const NOT_MATCHED = new Set(['organisations']);

/**
 * Concepts whose one-word phrases are false friends across languages: such a word only counts in
 * an ad written in a language that lists it ("no" negates in English and Spanish, not Portuguese).
 */
const LANGUAGE_SENSITIVE = new Set([
  'negation:neg', 'negation:conditional', 'targeting:source-prep', 'targeting:already', 'repayment:cash',
  'pressure:today', 'unequal:difference', 'contact:only',
]);
let oneWordLanguages: Map<string, Set<string>> | undefined;
/** `${iso}|${form}` → languages whose lists give the form ('*' for cities and regulators). */
let formLanguages: Map<string, Set<string>> | undefined;

let matcher: PhraseMatcher | undefined;
let ambiguous: Map<string, Set<string>> | undefined;
let capitals: Map<string, Set<string>> | undefined;

/** Language names that are also demonyms ("English", "inglês", "Deutsch"): never enough alone. */
const LANGUAGE_NAMES = new Set(['english', 'anglais', 'ingles', 'inglesa', 'englisch', 'englische', 'englischen', 'french', 'francais', 'francaise', 'frances', 'franzosisch', 'portuguese', 'portugais', 'portugues', 'portuguesa', 'portugiesisch', 'german', 'allemand', 'allemande', 'alemao', 'alema', 'aleman', 'alemana', 'deutsch', 'deutsche', 'spanish', 'espagnol', 'espanhol', 'espanol', 'spanisch', 'arabic', 'arabe', 'arabisch', 'dutch', 'italian', 'italien', 'italiano']);

/** Phrase forms are plain words here: strip the phrase language's special characters. */
const literal = (form: string) => form.replace(/[()|?*_]/g, ' ').replace(/\s+/g, ' ').trim();

function build(): PhraseMatcher {
  const m = new PhraseMatcher();
  oneWordLanguages = new Map();
  for (const [file, lexicon] of Object.entries(lexicons)) {
    // Vocabularies read directly by a rule, not searched for in the text.
    if (NOT_MATCHED.has(file)) continue;
    for (const [concept, perLang] of Object.entries(lexicon.concepts)) {
      const name = `${file}:${concept}`;
      for (const [lang, phrases] of Object.entries(perLang)) {
        for (const phrase of phrases ?? []) {
          m.add(name, phrase);
          if (LANGUAGE_SENSITIVE.has(name) && !/[\s*()_|-]/.test(phrase.trim())) {
            const key = `${name}|${tokensKey(phrase)}`;
            const langs = oneWordLanguages!.get(key) ?? new Set<string>();
            langs.add(lang === 'any' ? '*' : lang);
            oneWordLanguages!.set(key, langs);
          }
        }
      }
    }
  }
  ambiguous = new Map();
  capitals = new Map();
  formLanguages = new Map();
  const note = (iso: string, form: string, lang: string) => {
    const key = `${iso}|${tokensKey(form)}`;
    const langs = formLanguages!.get(key) ?? new Set<string>();
    langs.add(lang);
    formLanguages!.set(key, langs);
  };
  for (const country of countries) {
    for (const [lang, forms] of [...Object.entries(country.names), ...Object.entries(country.demonyms)]) for (const f of forms) note(country.iso, f, lang);
    for (const f of country.cities) note(country.iso, f, '*');
    for (const r of country.regulators) for (const f of [r.name, ...r.aliases]) note(country.iso, f, '*');
    const caps = new Set<string>();
    for (const f of [...Object.values(country.names).flat(), ...Object.values(country.demonyms).flat(), ...country.cities]) {
      const plain = f.replace(/[.\s]/g, '');
      if (plain.length <= 4 && plain === plain.toUpperCase() && /\p{L}/u.test(plain)) caps.add(plain.toLowerCase());
    }
    capitals.set(country.iso, caps);
    const add = (kind: CountryFormKind, form: string) => {
      const text = literal(form);
      if (/[\p{L}\p{N}]/u.test(text)) m.add(`country:${country.iso}:${kind}`, text);
    };
    for (const forms of Object.values(country.names)) forms.forEach((f) => add('name', f));
    for (const forms of Object.values(country.demonyms)) forms.forEach((f) => add('demonym', f));
    country.cities.forEach((f) => add('city', f));
    for (const regulator of country.regulators) {
      add('regulator', regulator.name);
      regulator.aliases.forEach((a) => add('regulator', a));
    }
    const set = new Set((country.ambiguousNames ?? []).map((f) => tokensKey(f)));
    for (const forms of Object.values(country.demonyms)) for (const f of forms) if (LANGUAGE_NAMES.has(tokensKey(f))) set.add(tokensKey(f));
    ambiguous.set(country.iso, set);
  }
  return m;
}


/** A form's folded words joined by single spaces: how hits are compared with ambiguous forms. */
export function tokensKey(form: string): string {
  return (fold(form).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function lexiconMatcher(): PhraseMatcher {
  return (matcher ??= build());
}

export function isLanguageName(text: string): boolean {
  return LANGUAGE_NAMES.has(tokensKey(text));
}

/**
 * An ambiguous form counts only in the languages that give it: Portuguese "Gana" (Ghana) is the
 * Spanish verb "gana" (earns) in a Spanish ad.
 */
export function ambiguousFormAllowed(iso: string, text: string, lang: string): boolean {
  lexiconMatcher();
  const key = tokensKey(text);
  if (!ambiguous!.get(iso)?.has(key)) return true;
  const langs = formLanguages!.get(`${iso}|${key}`);
  return !langs || langs.has('*') || langs.has(lang);
}

/** May this one-word hit count in an ad written in `lang`? (Only false-friend concepts are restricted.) */
export function allowedInLanguage(concept: string, word: string, lang: string): boolean {
  if (!LANGUAGE_SENSITIVE.has(concept)) return true;
  lexiconMatcher();
  const langs = oneWordLanguages!.get(`${concept}|${word}`);
  return !langs || langs.has('*') || langs.has(lang);
}

/** Forms the data writes in capitals (US, UK, DRC), lower-cased: they must be capitals in the ad. */
export function capitalisedForms(iso: string): Set<string> {
  lexiconMatcher();
  return capitals!.get(iso) ?? new Set();
}

/** Is this folded surface text one of the country's ambiguous forms (Chad, Niger, Lagos …)? */
export function isAmbiguousForm(iso: string, text: string): boolean {
  lexiconMatcher();
  return ambiguous!.get(iso)?.has(tokensKey(text)) ?? false;
}
