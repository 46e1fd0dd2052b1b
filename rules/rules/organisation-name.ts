// Finds the name of an employer or agency in free text: a run of capitalised words with an
// organisation word (Hospital, Care Homes, Recruitment, Ltd, Agence, Grupo …) and at least one word
// that is not generic ("Thamesgate Care Services", "Agence EuroSoins Kinshasa"). Lines written in
// capitals only count with a legal suffix ("PADMA OVERSEAS LTD"), since capitals mean nothing there.

import type { Country } from '../data/schema';
import { lexicons } from '../data/index';
import type { AdContext } from '../context';
import { tokensKey } from '../text/lexicon';

const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'des', 'du', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'et', 'e', 'y', 'fur', 'und', 'van', 'von', 'al', 'el', 'bin', 'for', 'd', 'l', 'del', 'di', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'an']);
const NOT_AN_ORGANISATION = new Set(['list', 'council', 'commission', 'office', 'code', 'act', 'agreement', 'framework', 'scheme', 'programme', 'program', 'visa', 'certificate', 'register', 'guidance', 'regulations', 'award', 'test', 'exam', 'charge', 'surcharge', 'leader', 'committee', 'inspectorate', 'helpline', 'order', 'ordre', 'ordem', 'orden', 'colegio', 'kammer']);
/** German writes institutions as one compound word: Kreiskliniken, Seniorenstift, Reha-Zentrum, Praxisnetz. */
const GERMAN_INSTITUTION = /(?:klinik|kliniken|klinikum|krankenhaus|krankenhauser|spital|stift|zentrum|zentren|heim|heime|residenz|netz|praxis|dienst|dienste|verbund|gruppe|agentur|akademie)$/;

/** Registered company forms (not "Trust" or "Foundation", which generic phrases also end with). */
const LEGAL_FORM = /^(?:ltd|limited|llc|llp|inc|corp|gmbh|ggmbh|lda|ltda|sarl|sas|sasu|srl|sprl|asbl|pvt|pty|plc|cic|kft|mbh|epe|ipss)$/;

/** Legal forms written with dots or mixed case, which tokenizing would split: "S.A.", "S.L.U.", "SpA", "NHS FT". */
const DOTTED_LEGAL_FORM = /^(?:S\.A(?:\.S)?|S\.L(?:\.U)?|S\.p\.A|SpA|S\.A\.R\.L|S\.R\.L|S\.A\.S|Lda|Ltda|FT|e\.V|gGmbH)\.?$/;

/** Lower-case words inside an institution's name: "Centre hospitalier de …", "Centro hospitalar universitário …". */
const INSTITUTIONAL_ADJECTIVES = new Set(['prive', 'privee', 'privado', 'privada', 'repos', 'reeducation', 'readaptation', 'soins', 'retraite', 'reabilitacao', 'repouso', 'idosos', 'ancianos', 'mayores', 'hospitalier', 'hospitaliere', 'hospitaliers', 'universitaire', 'universitaires', 'regional', 'regionale', 'departemental', 'intercommunal', 'hospitalar', 'universitario', 'universitaria', 'medical', 'medicale', 'medico', 'medica', 'social', 'sanitaire', 'geriatrique', 'geriatrico', 'psychiatrique', 'psiquiatrico', 'municipal', 'local', 'general', 'generale', 'de', 'saude', 'salud', 'sante']);

const STRONG_NOUNS = new Set(['chu', 'chr', 'ch', 'chsld', 'cisss', 'ciusss', 'ehpad', 'centre', 'centro', 'hopital', 'hospitalier', 'hospitalar', 'hospitales', 'hospitais', 'lar', 'residencia', 'krankenhaus', 'agency', 'agence', 'agencia', 'agentur', 'group', 'groupe', 'grupo', 'gruppe', 'cabinet', 'association', 'associacao', 'asociacion', 'foundation', 'fondation', 'fundacao', 'fundacion', 'stiftung', 'recruitment', 'recrutement', 'recrutamento', 'reclutamiento', 'staffing', 'manpower', 'recruiters', 'consulting', 'consultancy', 'conseil', 'partners', 'solutions', 'services', 'servicos', 'servicios', 'partnership', 'authority', 'board', 'trust', 'ministry', 'department', 'hospital', 'hospitals', 'clinic', 'clinique', 'clinica', 'klinik', 'klinikum']);
const DESTINATION_WORDS = new Set(['uk', 'u k', 'england', 'britain', 'great britain', 'united kingdom', 'scotland', 'wales', 'europe', 'usa', 'us', 'america', 'canada', 'australia', 'germany', 'deutschland', 'france', 'portugal', 'ireland', 'gulf', 'saudi', 'dubai', 'uae']);

let vocabulary: { nouns: Set<string>; phrases: string[]; suffixes: Set<string>; generic: Set<string>; places: Set<string> } | undefined;

function words(concept: string, file = 'organisations'): string[] {
  return Object.values(lexicons[file]!.concepts[concept] ?? {}).flat().map((p) => tokensKey(p ?? ''));
}

function loadVocabulary(countries: Country[]) {
  const nouns = words('org-noun');
  const suffixes = words('legal-suffix');
  const occupations = ['registered-clinical', 'care-worker', 'allied-health', 'non-health-role'].flatMap((c) => words(c, 'occupations'));
  const places = new Set<string>();
  for (const c of countries) {
    for (const f of [...Object.values(c.names).flat(), ...Object.values(c.demonyms).flat(), ...c.cities]) places.add(tokensKey(f));
  }
  return {
    nouns: new Set(nouns.filter((n) => !n.includes(' '))),
    phrases: [...nouns, ...suffixes].filter((n) => n.includes(' ')),
    suffixes: new Set(suffixes.filter((s) => !s.includes(' '))),
    generic: new Set([...words('generic-word'), ...occupations.filter((o) => !o.includes(' ')), ...words('applicant-noun', 'targeting').filter((o) => !o.includes(' '))]),
    places,
  };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

interface Word { raw: string; key: string; start: number; end: number }

function isCapitalised(raw: string): boolean {
  const first = raw.replace(ELIDED, '')[0] ?? raw[0]!;
  return first !== first.toLowerCase() || /\d/.test(first);
}

/** "d'Ankorondrano", "l'Hôpital": an elided article before a capitalised word. */
const ELIDED = /^(?:d|l|dell|dall|all)['’]/i;

function runsOf(line: string, offset: number, suffixes: Set<string>): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let previousEnd = -1;
  for (const m of line.matchAll(WORD)) {
    const raw = m[0].replace(/[.'’-]+$/, '');
    const key = tokensKey(raw);
    const word = { raw, key, start: offset + m.index, end: offset + m.index + raw.length };
    const gap = previousEnd < 0 ? '' : line.slice(previousEnd, m.index);
    // "Heart & Medical Centre"; "Global Care Angola, Lda."
    const joined = previousEnd >= 0 && ((/^[\s.&]*$/.test(gap) && gap.length <= 3) || (/^\.?,\s?$/.test(gap) && ((suffixes.has(key) && key.length >= 3) || DOTTED_LEGAL_FORM.test(raw))));
    if (!joined && run.length) {
      runs.push(run);
      run = [];
    }
    const institutional = run.length > 0 && INSTITUTIONAL_ADJECTIVES.has(key);
    if (isCapitalised(raw) || (run.length && CONNECTORS.has(key)) || institutional) run.push(word);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
    previousEnd = m.index + m[0].length;
  }
  if (run.length) runs.push(run);
  return runs.map((r) => {
    while (r.length && (CONNECTORS.has(r[r.length - 1]!.key) || !isCapitalised(r[r.length - 1]!.raw))) r.pop();
    return r;
  }).filter((r) => r.length);
}

function isOrganisation(run: Word[], allCaps: boolean, v: NonNullable<typeof vocabulary>): boolean {
  const words = run.length;
  // "Reha-Zentrum", "CISSS-LN": a hyphenated word counts part by part.
  run = run.flatMap((w) => w.key.includes(' ') ? w.key.split(' ').map((key) => ({ ...w, key })) : [w]);
  const keys = run.map((w) => w.key);
  const joined = keys.join(' ');
  // A legal form ends a name ("PADMA OVERSEAS LTD", "Mhizha Global Careers Ltd"); short ones ("AS", "SA") only as the last word.
  const hasSuffix = keys.some((k, i) => v.suffixes.has(k) && (i === keys.length - 1 || (i === keys.length - 2 && k.length > 3))) || v.phrases.some((p) => ` ${joined} `.includes(` ${p} `) && /(?:ltd|limited|llc|pvt|pty|nhs|foundation|trust|co|private|sp)/.test(p));
  if (allCaps && !hasSuffix) return false;
  if (NOT_AN_ORGANISATION.has(keys[keys.length - 1]!)) return false;
  const isNoun = (k: string) => v.nouns.has(k) || (k.length > 6 && GERMAN_INSTITUTION.test(k));
  const hasNoun = hasSuffix || keys.some(isNoun) || v.phrases.some((p) => ` ${joined} `.includes(` ${p} `));
  if (!hasNoun) return false;
  const distinctive = run.filter((w) => !CONNECTORS.has(w.key) && !v.generic.has(w.key) && !v.places.has(w.key) && !isNoun(w.key) && !v.suffixes.has(w.key) && !/^\d+$/.test(w.key) && w.key.length > 1);
  // "Agência Equador Emprego", "Kenya Medical Recruitment": a place is a name next to a strong organisation word.
  const placeName = keys.some((k) => STRONG_NOUNS.has(k)) && run.some((w) => v.places.has(w.key) && !DESTINATION_WORDS.has(w.key));
  // A registered legal form names a company even when its other words are generic ("Global Care Angola, Lda.").
  const lastRaw = run[run.length - 1]!.raw;
  if (words >= 2 && (LEGAL_FORM.test(keys[keys.length - 1]!) || DOTTED_LEGAL_FORM.test(lastRaw))) return true;
  return (distinctive.length > 0 || placeName) && (run.length >= 2 || hasSuffix);
}

/** Words that make a capitalised line a slogan, not a name ("Join Our Team Today"). */
const SLOGAN_WORDS = new Set(['our', 'your', 'we', 'you', 'us', 'this', 'that', 'is', 'are', 'be', 'get', 'now', 'today', 'join', 'apply', 'find', 'start', 'work', 'new', 'great', 'best', 'dream', 'wanted', 'needed', 'hiring', 'urgent', 'nous', 'vous', 'votre', 'notre', 'rejoignez', 'postulez', 'nossa', 'nosso', 'sua', 'seu', 'venha', 'candidate-se', 'nuestra', 'nuestro', 'tu', 'su', 'unete', 'postula', 'wir', 'sie', 'ihr', 'ihre', 'jetzt', 'bewerben', 'gesucht', 'suchen']);

/**
 * The line right under the title, as boards print the company: "Kowhai Grove Lifecare",
 * "Vida Plena Assistência Domiciliar". Two to six capitalised words, no figures, no sentence, and
 * at least one word that is not a place, a job or a generic word.
 */
function employerLine(line: string, offset: number, v: NonNullable<typeof vocabulary>): { start: number; end: number } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 60 || !/^[\p{L}\s&'’.,()-]+$/u.test(trimmed) || /[.,]\s*\p{L}{4,}/u.test(trimmed) || /[.!?]$/.test(trimmed)) return undefined;
  const words = [...trimmed.matchAll(WORD)].map((m) => m[0].replace(/[.'’-]+$/, ''));
  if (words.length < 2 || words.length > 6) return undefined;
  const keys = words.map((w) => tokensKey(w));
  if (keys.some((k) => SLOGAN_WORDS.has(k))) return undefined;
  if (!words.every((w, i) => isCapitalised(w) || CONNECTORS.has(keys[i]!))) return undefined;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7) return undefined;
  const inPlaceName = placeWords(keys, v.places);
  const distinctive = keys.filter((k, i) => !inPlaceName[i] && !CONNECTORS.has(k) && !v.generic.has(k) && k.length > 2);
  if (!distinctive.length) return undefined;
  const start = offset + line.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** Which words belong to a place name of one to three words ("Reino Unido", "New South Wales"). */
function placeWords(keys: string[], places: Set<string>): boolean[] {
  const marked = keys.map(() => false);
  for (let i = 0; i < keys.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n <= keys.length && places.has(keys.slice(i, i + n).join(' '))) {
        for (let j = i; j < i + n; j++) marked[j] = true;
        break;
      }
    }
  }
  return marked;
}

/** "Nurses – Theatres | Westbury Vale NHS FT": the title's last part names the employer. */
function employerInTitle(ctx: AdContext, v: NonNullable<typeof vocabulary>): { start: number; end: number } | undefined {
  const title = ctx.text.slice(ctx.title.start, ctx.title.end);
  const separator = /\s[|–—-]\s|\s?\|\s?/g;
  let last: RegExpExecArray | null = null;
  for (let m = separator.exec(title); m; m = separator.exec(title)) last = m;
  if (!last) return undefined;
  const from = last.index + last[0].length;
  return employerLine(title.slice(from), ctx.title.start + from, v);
}

function employerUnderTitle(lines: string[], v: NonNullable<typeof vocabulary>): { start: number; end: number } | undefined {
  const second = lines.findIndex((l, i) => i > 0 && l.trim() !== '');
  if (second <= 0 || !lines[0]!.trim()) return undefined;
  return employerLine(lines[second]!, lines.slice(0, second).join('\n').length + 1, v);
}

/** The first organisation name in the ad's text, or undefined. */
export function findOrganisationName(ctx: AdContext, countries: Country[]): { start: number; end: number } | undefined {
  vocabulary ??= loadVocabulary(countries);
  const lines = ctx.text.split('\n');
  if (ctx.title.end > ctx.title.start) {
    const named = employerInTitle(ctx, vocabulary) ?? employerUnderTitle(lines, vocabulary);
    if (named) return named;
  }
  let offset = 0;
  for (const line of lines) {
    const letters = line.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    const allCaps = letters.length >= 6 && upper / letters.length > 0.7;
    for (const run of runsOf(line, offset, vocabulary.suffixes)) {
      if (isOrganisation(run, allCaps, vocabulary)) return { start: run[0]!.start, end: run[run.length - 1]!.end };
    }
    offset += line.length + 1;
  }
  return undefined;
}

