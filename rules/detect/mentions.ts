// Reads each country mention in its context: is the ad recruiting FROM there (targeting), placing
// the job THERE (destination), or merely naming it (the team's nationalities, a compliance note,
// where a candidate trained)? RULES.md: "Targeting, not mentioning"; residence, not nationality.

import type { AdContext, CountryMention } from '../context';
import { destinationByIso } from '../data/index';
import destinationCountries from '../data/countries/destinations.json';
import { hitsInTokens, inTitle, sentenceOfHit } from '../query';
import type { Hit } from '../text/matcher';
import { isAmbiguousForm, isLanguageName } from '../text/lexicon';

export interface ScoredMention extends CountryMention {
  /** Strength of the targeting reading (0 = none). */
  target: number;
  /** Strength of the destination reading. */
  destination: number;
  /** A cue in the sentence says this is not recruitment from there (team, compliance, refugees …). */
  negated: boolean;
  /**
   * Nothing but nationality, registration, the title or a bare city name points at this country
   * (no residence, no interviews or offices there): an ad for people already living in the
   * destination does not target it.
   */
  nationalityOnly: boolean;
  ambiguous: boolean;
  /** Residence cue right before it ("living in", "based in"). */
  residence: boolean;
}

/** Countries people migrate TO for health work: their mentions lean towards "where the job is". */
const DESTINATION_COUNTRIES = new Set<string>([...destinationByIso.keys(), ...destinationCountries.countries.map((c) => c.iso)]);

const OCCUPATIONS = ['occupations:registered-clinical', 'occupations:care-worker', 'occupations:allied-health', 'occupations:care-work'];
const NATIONALITY_ONLY_NEXT = /^(?:trained|educated|qualified|born|origin|heritage|descent|background|nationals?|forme[es]?|formad[oa]s?|formad[oa]|formiert|ausgebildete?)$/;
const ARROW = /(?:➡️?|→|⟶|->|=>)\s*$/u;
const DEST_PREPOSITIONS = new Set(['in', 'to', 'into', 'en', 'au', 'aux', 'em', 'no', 'na', 'para', 'nach', 'a', 'across', 'throughout', 'within', 'inside', 'uk', 'the']);
const JOB_WORDS = /^(?:jobs?|nursing|care|nhs|hospitals?|homes?|clinics?|healthcare|visa|posts?|roles?|vacanc(?:y|ies)|opportunit(?:y|ies)|employers?|trusts?|work|careers?|dream|based)$/;

const GENITIVE = new Set(['of', 'de', 'du', 'des', 'd', 'da', 'do', 'das', 'dos', 'del', 'von']);
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'l', 'el', 'los', 'las', 'o', 'a', 'os', 'as', 'dem', 'der', 'den', 'die']);

/** A source preposition right before the mention ("from Ghana", "aus dem Kosovo"), not one that belongs to an earlier word. */
function adjacentSourcePrep(ctx: AdContext, hit: Hit, from: number): Hit | undefined {
  const prep = hitsInTokens(ctx, 'targeting:source-prep', from, hit.first - 1).pop();
  if (!prep) return undefined;
  for (let i = prep.last; i < hit.first; i++) if (!ARTICLES.has(tokenText(ctx, i))) return undefined;
  return prep;
}

/** Verbs of recruiting people somewhere, not of needing them there ("needed in Poland" is where the job is). */
const RECRUITING = /^(?:recruit|recrut|rekrut|reclut|anwerb|werben|interview)/;
/** "nurses for Saudi", "enfermeiros para Portugal": a preposition between people and a place name. */
const PLACE_PREPOSITION = /^(?:for|pour|para|fur|to|in|en|em|nach|a|au|aux|no|na)$/;
const FOR_PREP = /^(?:for|pour|pour les|para|fur)$/;
const FROM_ONLY = /^(?:from|out of|aus|originaires? de|venant de|issus de|en provenance de|oriundos de|provenientes de|vindos de|desde|procedentes de|originarios de)$/;
const TRAINED = /^(?:trained|educated|qualified|formes?|formees?|formados?|formadas?|ausgebildete?n?|qualifiziert)$/;
const RESIDENT_AFTER = /^(?:wohnhafte[nrs]?|wohnhaft|lebende[nrs]?|ansassige[nrs]?)$/;
const FRIEND_WORDS = /^(?:friends?|relatives?|family|colleagues?|cousins?|sisters?|brothers?|amis?|amies?|proches?|famille|parents|amigos?|amigas?|familiares|familia|parentes|freunde?|freundinnen|verwandte[nr]?|bekannte[nr]?)$/;

/** "Clínica San Lucas (Antofagasta)": a place in brackets right after a hospital or clinic's name. */
function bracketedAfterInstitution(ctx: AdContext, hit: Hit): boolean {
  if (!/\(\s*$/.test(ctx.text.slice(Math.max(0, hit.start - 2), hit.start)) || !/^\s*[),]/.test(ctx.text.slice(hit.end, hit.end + 2))) return false;
  const head = hit.first > 0 ? ctx.sentences[ctx.sentenceOfToken[hit.first]!]!.firstToken : 0;
  return anyIn(ctx, ['occupations:health-setting'], Math.max(head, hit.first - 6), hit.first - 1).length > 0;
}

/** The place is the first word(s) of a hospital's or clinic's name: "Al-Rayyan Specialist Hospital". */
function namesInstitution(ctx: AdContext, hit: Hit): boolean {
  if (!/^\p{Lu}/u.test(ctx.text.slice(hit.start, hit.end))) return false;
  const next = ctx.tokens[hit.last];
  if (!next || !/^\s{1,2}$/.test(ctx.text.slice(hit.end, next.start))) return false;
  return hitsInTokens(ctx, 'occupations:health-setting', hit.last, hit.last + 1).some((h) => {
    if (!/^\p{Lu}/u.test(ctx.text.slice(h.start, h.end))) return false;
    // One word may stand between, if it is a capitalised name word ("Specialist"), not "POUR".
    return h.first === hit.last || /^\p{Lu}\p{Ll}/u.test(ctx.text.slice(ctx.tokens[hit.last]!.start, ctx.tokens[hit.last]!.end));
  });
}

const TITLE_SEPARATOR = /(?:[–—|,(:·•]|\s-)\s*$/u;

/** "Staff Nurse – Leeds", "Fisioterapeuta – Clínica Reabilitar, Porto": the title's last words say where the job is. */
function endsTitleAfterSeparator(ctx: AdContext, hit: Hit): boolean {
  const { start, end } = ctx.title;
  if (!inTitle(ctx, hit.start) || hit.end > end) return false;
  if (!/^[\s).]*$/.test(ctx.text.slice(hit.end, end))) return false;
  return TITLE_SEPARATOR.test(ctx.text.slice(Math.max(start, hit.start - 6), hit.start));
}

function anyIn(ctx: AdContext, concepts: string[], first: number, last: number): Hit[] {
  return concepts.flatMap((c) => hitsInTokens(ctx, c, Math.max(0, first), last));
}

function tokenText(ctx: AdContext, index: number): string {
  return ctx.tokens[index]?.text ?? '';
}

/** The nearest negative-context cue before the mention in its sentence, if no positive cue lies between. */
function negatedInSentence(ctx: AdContext, mention: CountryMention): boolean {
  const sentence = sentenceOfHit(ctx, mention.hit);
  const negatives = hitsInTokens(ctx, 'targeting:negative-context', sentence.firstToken, mention.hit.first - 1);
  if (!negatives.length) return false;
  const lastNegative = negatives[negatives.length - 1]!;
  const positivesBetween = anyIn(ctx, ['targeting:recruit-event', 'referral:referral'], lastNegative.last, mention.hit.first - 1);
  return positivesBetween.length === 0;
}

function scoreMention(ctx: AdContext, mention: CountryMention): ScoredMention & { domestic: { target: number; destination: number } } {
  const { hit, kind } = mention;
  const sentence = sentenceOfHit(ctx, hit);
  let target = 0;
  let destination = 0;
  let nationalityOnly = true;
  let residence = false;
  const before = (n: number) => Math.max(sentence.firstToken, hit.first - n);
  const after = (n: number) => Math.min(sentence.lastToken, hit.last - 1 + n);
  const nextWord = tokenText(ctx, hit.last);
  const prevWord = hit.first > sentence.firstToken ? tokenText(ctx, hit.first - 1) : '';

  const nationalityOnlyMention = NATIONALITY_ONLY_NEXT.test(nextWord);

  const destinationType = DESTINATION_COUNTRIES.has(mention.iso);
  const ambiguous = isAmbiguousForm(mention.iso, ctx.folded.slice(hit.start, hit.end));

  // Registration with a source country's regulator; a destination's regulator places the job.
  if (kind === 'regulator') {
    if (destinationType) destination += 3;
    else target += 3;
  }

  // "Nigerian nurses", "infirmiers camerounais", "for Nigerians", "candidats sénégalais".
  let demonymForPeople = false;
  if (kind === 'demonym' && !nationalityOnlyMention) {
    const nouns = anyIn(ctx, [...OCCUPATIONS, 'targeting:applicant-noun'], hit.last, after(3));
    const nounsBefore = anyIn(ctx, [...OCCUPATIONS, 'targeting:applicant-noun'], before(2), hit.first - 1).filter((h) => h.last === hit.first || (h.last === hit.first - 1 && !PLACE_PREPOSITION.test(prevWord)));
    if (nouns.length || nounsBefore.length) {
      target += 3;
      demonymForPeople = true;
    }
    // "for Nigerians" are people; "for Saudi" is a place.
    if (/^(?:for|pour|para|fur)$/.test(prevWord) && !destinationType) target += 3;
    // "300 € por cada enfermeiro angolano que nos indicar": a bonus for bringing people of that nationality.
    if (demonymForPeople && anyIn(ctx, ['referral:referral'], sentence.firstToken, sentence.lastToken).length) nationalityOnly = false;
  }
  // "English test", "conhecimentos de inglês": a language, not a people.
  if (kind === 'demonym' && isLanguageName(ctx.folded.slice(hit.start, hit.end)) && !demonymForPeople) {
    return { ...mention, target: 0, destination: 0, negated: false, nationalityOnly: true, ambiguous: true, residence: false, domestic: { target: 0, destination: 0 } };
  }

  // "nurses from Ghana", "Pflegekräfte aus Kamerun", "candidats de Mauritanie", "recruiting from Kenya".
  const prep = adjacentSourcePrep(ctx, hit, before(3));
  // "Hospitales de Canarias", "CHSLD de la Montérégie": the place a hospital is named after is where the job is.
  const settingOwned = prep !== undefined && GENITIVE.has(tokenText(ctx, prep.first))
    && anyIn(ctx, ['occupations:health-setting'], before(8), prep.first - 1).some((h) => h.last >= prep.first - 1);
  // "para Portugal", "for Saudi Arabia": where the job is, not where people come from.
  const forPlace = prep !== undefined && FOR_PREP.test(ctx.folded.slice(prep.start, prep.end));
  if (prep && !settingOwned && !forPlace && (kind === 'name' || kind === 'city')) {
    const lead = anyIn(ctx, [...OCCUPATIONS, 'targeting:applicant-noun', 'targeting:recruit-verb'], before(8), prep.first - 1);
    if (lead.length) target += 3;
    else if (/^(?:from|aus)$/.test(tokenText(ctx, prep.first))) target += 2;
  }

  // "living in Nigeria", "back home in Ghana", "candidates in Harare", "residentes em Angola".
  const residenceCue = hitsInTokens(ctx, 'targeting:residence-cue', before(4), hit.first - 1).pop();
  // "Trabalhe como enfermeiro na Irlanda", "work as a nurse in Ireland": the job is there.
  const workThere = residenceCue !== undefined && anyIn(ctx, ['destination:work-as'], before(7), residenceCue.first).some((w) => w.last >= residenceCue.first - 2);
  if (workThere) destination += 3;
  if (residenceCue && !workThere && residenceCue.last >= hit.first - 2) {
    residence = true;
    target += 3;
    nationalityOnly = false;
  }

  // "enfermeiros formados no Brasil", "nurses trained in Ghana": where they trained, not where they live.
  const trainedThere = (kind === 'name' || kind === 'city') && DEST_PREPOSITIONS.has(prevWord) && TRAINED.test(tokenText(ctx, hit.first - 2));
  if (trainedThere) target += 2;

  // "für in Deutschland wohnhafte Pflegekräfte": German puts the residence after the place.
  if (RESIDENT_AFTER.test(nextWord) && !residence) {
    residence = true;
    target += 3;
    nationalityOnly = false;
  }

  // "Vous connaissez un infirmier au Cameroun ?", "Know a nurse in Ghana?", "a friend or relative in
  // India who is a nurse": the people to refer live there.
  const referral = (kind === 'name' || kind === 'city') && !destinationType && DEST_PREPOSITIONS.has(prevWord)
    ? anyIn(ctx, ['referral:referral'], ctx.sentences[Math.max(0, sentence.index - 2)]!.firstToken, hit.first - 2) : [];
  const referredFromThere = referral.some((r) => anyIn(ctx, OCCUPATIONS, r.first, hit.first - 2).length > 0
      || /(?:nurse|doctor|carer|midwi|infirmi|medecin|enfermeir|enfermer|pfleg)/.test(ctx.folded.slice(r.start, r.end)))
    || (referral.length > 0 && [2, 3, 4].some((back) => FRIEND_WORDS.test(tokenText(ctx, hit.first - back))));
  if (referredFromThere) {
    target += 3;
    residence = true;
    nationalityOnly = false;
  }

  // Interviews, assessment days, recruitment trips, an office there: anywhere earlier in the sentence.
  const events = anyIn(ctx, ['targeting:recruit-event'], sentence.firstToken, hit.first - 1);
  if (events.length) {
    target += 3;
    nationalityOnly = false;
  }
  const eventsAfter = anyIn(ctx, ['targeting:recruit-event'], hit.last, after(4));
  if (eventsAfter.length && kind === 'city') {
    target += 2;
    nationalityOnly = false;
  }

  // "Wir rekrutieren auch in Deutschland", "nous recrutons en Tunisie": recruiting there.
  const recruitingThere = (kind === 'name' || kind === 'city') && DEST_PREPOSITIONS.has(prevWord)
    && anyIn(ctx, ['targeting:recruit-verb'], before(5), hit.first - 2)
      .some((h) => h.last >= hit.first - 4 && RECRUITING.test(tokenText(ctx, h.first)));
  if (recruitingThere) {
    target += 2;
    nationalityOnly = false;
  }

  // "Zimbabwe-registered", "Kenya nurses".
  if (kind === 'name' && /^(?:registered|licensed|nurses?|doctors?|midwives|carers?|rns?|applicants|candidates)$/.test(nextWord)) target += 3;

  // Readings that hold only when the ad recruits internationally; kept apart so one pass serves both.
  const domesticTarget = target;
  // A source country's city in an international ad is where they interview or have an office;
  // a destination country's city is where the job is.
  if (kind === 'city' && target === 0 && !destinationType && !bracketedAfterInstitution(ctx, hit)) target += 2;
  let titleDestination = 0;
  if (inTitle(ctx, hit.start) && kind !== 'city' && kind !== 'regulator') {
    if (destinationType) titleDestination = 2;
    else target += 2;
  }
  if (target > 0 && anyIn(ctx, ['targeting:recruit-verb', 'referral:referral'], sentence.firstToken, sentence.lastToken).length) target += 1;

  // Destination readings: "jobs in the UK", "UK care jobs", "to Germany", "pour la France".
  // "Hospital privado no Porto", "care homes in Kent", "Klinik in München": where the job is, even for
  // a name that is also a word.
  const settingBefore = (kind === 'name' || kind === 'city')
    && DEST_PREPOSITIONS.has(prevWord)
    && anyIn(ctx, ['occupations:health-setting', 'occupations:care-work'], before(4), hit.first - 2).length > 0;
  if (settingBefore || settingOwned || bracketedAfterInstitution(ctx, hit)) destination += 3;
  if ((kind === 'name' || kind === 'city') && (!prep || settingOwned) && endsTitleAfterSeparator(ctx, hit)) destination += 3;
  if ((kind === 'name' || kind === 'city') && !referredFromThere) {
    if (anyIn(ctx, ['destination:dest-phrase'], before(3), hit.first - 1).length) destination += 3;
    if (DEST_PREPOSITIONS.has(prevWord) && !prep && !events.length && !residence && !recruitingThere && !trainedThere) destination += 2;
    if (JOB_WORDS.test(nextWord) && /^\s*$/.test(ctx.text.slice(hit.end, ctx.tokens[hit.last]?.start ?? hit.end))) destination += 3;
    if (/^(?:to|nach|para|pour|vers|towards)$/.test(prevWord)) destination += 1;
  }
  if (kind === 'demonym' && /^(?:trained|educated|recruited|qualified|based|registered)$/.test(nextWord)) destination += 1;
  if (ARROW.test(ctx.text.slice(Math.max(0, hit.start - 4), hit.start))) destination += 4;
  if (ambiguous) destination = destination >= 3 ? destination : 0;
  else destination += destinationType ? 2 : 1;

  // "aus Usbekistan", "originaires de Guinée": people come from there, the job is not there.
  if (prep && !settingOwned && FROM_ONLY.test(ctx.folded.slice(prep.start, prep.end))) destination = 0;

  // "Al-Rayyan Specialist Hospital", "Lagos Road Clinic": a place in an institution's name.
  const institution = namesInstitution(ctx, hit) && !(prep && FROM_ONLY.test(ctx.folded.slice(prep.start, prep.end))) && !residence;
  if (institution) {
    target = 0;
    nationalityOnly = true;
  }

  let domestic = { target: institution ? 0 : domesticTarget, destination };
  if (nationalityOnlyMention && !events.length) {
    target = 0;
    domestic = { ...domestic, target: 0 };
  }

  // "Fisioterapeutas brasileiros": a people, not a place.
  if (demonymForPeople) {
    destination = 0;
    titleDestination = 0;
  }

  return {
    ...mention,
    target,
    destination: ambiguous && titleDestination && destination < 3 ? destination : destination + titleDestination,
    negated: negatedInSentence(ctx, mention),
    nationalityOnly,
    ambiguous,
    residence,
    domestic,
  };
}

const COORDINATED = /^[\s,&/]*(?:and|or|et|ou|e|y|o|und|oder|as well as)?[\s,&/]*(?:the\s|la\s|le\s|les\s|l'|du\s|de\s|da\s|do\s|del\s)?$/i;

/** "from Sierra Leone and Liberia": a list shares the cue of its first member. */
function shareAcrossLists(ctx: AdContext, scored: ScoredMention[]): void {
  for (let i = 1; i < scored.length; i++) {
    const previous = scored[i - 1]!;
    const current = scored[i]!;
    if (current.kind !== previous.kind && !(current.kind === 'name' && previous.kind === 'name')) {
      if (!(['name', 'city'].includes(current.kind) && ['name', 'city'].includes(previous.kind))) continue;
    }
    if (!COORDINATED.test(ctx.text.slice(previous.hit.end, current.hit.start))) continue;
    // A list naming two destinations ("Portugal e Espanha") is not a list of sources.
    if (previous.target > current.target && !current.negated && !DESTINATION_COUNTRIES.has(current.iso)) {
      current.target = previous.target;
      current.nationalityOnly = current.nationalityOnly && previous.nationalityOnly;
    }
    if (previous.negated) current.negated = true;
  }
}

/** Every mention scored once; `forInternational` gives the readings for an ad that recruits abroad or not. */
export function scoreMentions(ctx: AdContext): { forInternational(international: boolean): ScoredMention[] } {
  const scored = ctx.countryMentions.map((m) => scoreMention(ctx, m));
  return {
    forInternational(international) {
      const chosen: ScoredMention[] = scored.map(({ domestic, ...m }) => (international ? { ...m } : { ...m, ...domestic }));
      shareAcrossLists(ctx, chosen);
      return chosen;
    },
  };
}
