// The ad's main language, from its most common little words. Used to read words that mean
// different things in different languages ("no" is "not" in English and Spanish but "in the" in
// Portuguese; "do" is "of the" in Portuguese; "bar" is "cash" only in German).

import type { Lang } from '../data/schema';
import type { Token } from '../text/tokens';

const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'you', 'we', 'your', 'our', 'is', 'are', 'will', 'be', 'on', 'at', 'this', 'from', 'in', 'or', 'an', 'all', 'who', 'have', 'must'],
  fr: ['le', 'la', 'les', 'des', 'et', 'pour', 'vous', 'nous', 'avec', 'une', 'du', 'est', 'sont', 'dans', 'au', 'aux', 'votre', 'sur', 'ou', 'pas', 'un', 'qui', 'ne', 'avez', 'chez', 'vos'],
  pt: ['os', 'as', 'para', 'com', 'do', 'da', 'dos', 'das', 'em', 'uma', 'nao', 'no', 'na', 'sao', 'ao', 'seu', 'sua', 'pelo', 'ou', 'um', 'voce', 'seus', 'pela', 'tambem', 'e', 'que', 'por', 'seja', 'ser', 'nos'],
  es: ['el', 'los', 'las', 'y', 'para', 'con', 'del', 'en', 'una', 'que', 'es', 'son', 'al', 'por', 'su', 'sus', 'como', 'muy', 'un', 'usted', 'tu', 'tus', 'nuestro', 'nuestra'],
  de: ['der', 'die', 'das', 'und', 'fur', 'mit', 'sie', 'wir', 'ein', 'eine', 'ist', 'sind', 'im', 'zu', 'von', 'bei', 'den', 'ihre', 'aus', 'nur', 'noch', 'auf', 'nicht', 'auch', 'oder', 'als', 'sich', 'werden', 'gesucht', 'in', 'an'],
};
const LOOKUP = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Lang, string[]]>) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

/** The first few hundred words tell the language as well as the whole ad. */
const MAX_TOKENS = 800;

export function detectLanguage(tokens: readonly Token[], declared?: string): Lang {
  const hint = declared?.slice(0, 2).toLowerCase();
  if (hint && hint in STOPWORDS) return hint as Lang;
  const score: Record<Lang, number> = { en: 0, fr: 0, pt: 0, es: 0, de: 0 };
  const limit = Math.min(tokens.length, MAX_TOKENS);
  for (let i = 0; i < limit; i++) {
    const langs = LOOKUP.get(tokens[i]!.text);
    if (langs) for (const lang of langs) score[lang] += 1 / langs.length;
  }
  let best: Lang = 'en';
  for (const lang of Object.keys(score) as Lang[]) if (score[lang] > score[best]) best = lang;
  return best;
}
