// The fallback reader for pages no board reader knows: repeated "cards" become one ad each,
// otherwise the whole page is one ad.

import { compact, pageAd } from './ad-builder';
import { absoluteUrl, firstLabel } from './dom-query';
import { elementText, inlineText } from './dom-text';
import { contentId } from './id';
import { salaryFromText } from './salary-text';
import { attempt } from './reader-kit';
import type { PageAd } from './types';

const HEADINGS = 'h1, h2, h3, h4';
/** A card says something besides its heading. */
const MIN_TEXT_BEYOND_HEADING = 10;
const MAX_ELEMENTS_SCANNED = 20000;

// Class-name hints agency sites use for the place and the pay (English, French, Portuguese).
const LOCATION_HINTS = ['[itemprop="jobLocation"]', '[class*="location"]', '[class*="Location"]', '.loc', '.lieu', '.local', '[class*="localidade"]', '[class*="city"]'];
const SALARY_HINTS = ['[itemprop="baseSalary"]', '[class*="salary"]', '[class*="Salary"]', '.pay', '[class*="salaire"]', '[class*="salario"]', '[class*="remuneration"]'];

function headingOf(el: Element): Element | null {
  return el.querySelector(HEADINGS);
}

function isCardLike(el: Element): boolean {
  const heading = headingOf(el);
  if (!heading) return false;
  const headingText = inlineText(heading);
  return headingText.length > 0 && elementText(el).length >= headingText.length + MIN_TEXT_BEYOND_HEADING;
}

interface Group {
  members: Element[];
  depth: number;
  /** Tag and bucket key: what made the members one list ("li .vacancy-card"). */
  kind: string;
}

function depthOf(el: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node; node = node.parentElement) depth++;
  return depth;
}

/**
 * Ways siblings of one tag can belong together as cards: a shared class (so a "--active"
 * modifier on one card does not split the list), being <li>/<article>, or — for classless
 * wrappers — a heading that links somewhere. Classless <div>s and <section>s with plain headings
 * are left out: they are usually the parts of one ad ("Job overview", "Contact"), not several ads.
 */
function bucketKeys(el: Element): string[] {
  const keys = Array.from(el.classList).map((c) => `.${c}`);
  const tag = el.localName.toLowerCase();
  if (tag === 'li' || tag === 'article') keys.push('tag');
  if (headingOf(el)?.querySelector('a[href]')) keys.push('linked-heading');
  return keys;
}

// Headings that name a part of one ad, not an ad: a group of these is one ad's sections.
const SECTION_HEADING =
  /^(job (overview|summary|description|details)|overview|summary|description|about( (us|the (job|role|company)))?|main duties.*|duties|responsibilities|requirements|qualifications|skills|experience|benefits|what we offer|how to apply|apply|contact( details)?|person specification|salary|location|your profile|profil|votre profil|missions?|avantages|présentation.*|vos qualifications.*|descrição|requisitos|benefícios|responsabilidades|sobre nós|contacto|aufgaben|anforderungen|wir bieten|kontakt|seniority level|employment type|job function|industries)\b/i;
/** Class words that say "this is one listing". */
const CARD_CLASS = /card|job|vacanc|offer|offre|oferta|vaga|listing|result|posting|position|stelle|annonce|anuncio/i;

/** Does a group of sibling cards look like several ads rather than the sections of one? */
function looksLikeSeveralAds(members: readonly Element[], key: string): boolean {
  const headings = members.map((m) => inlineText(headingOf(m) as Element));
  if (headings.filter((h) => SECTION_HEADING.test(h)).length * 2 >= headings.length) return false;
  if (key === 'linked-heading' || members.length >= 3) return true;
  return CARD_CLASS.test(key) || members.some((m) => headingOf(m)?.querySelector('a[href]'));
}

function pushTo<K>(map: Map<K, Element[]>, key: K, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

type Bucket = Omit<Group, 'depth'>;

/** The best card group among one parent's children, per tag: the bucket with the most cards. */
function groupsUnder(parent: Element, cardLike: (el: Element) => boolean): Bucket[] {
  const byTag = new Map<string, Element[]>();
  for (const child of Array.from(parent.children)) pushTo(byTag, child.localName.toLowerCase(), child);
  const groups: Bucket[] = [];
  for (const [tag, siblings] of byTag) {
    if (siblings.length < 2) continue;
    const cards = siblings.filter(cardLike);
    if (cards.length < 2) continue;
    const buckets = new Map<string, Element[]>();
    for (const card of cards) for (const key of bucketKeys(card)) pushTo(buckets, key, card);
    let best: Bucket = { members: [], kind: '' };
    for (const [key, members] of buckets) {
      if (members.length > best.members.length && looksLikeSeveralAds(members, key)) best = { members, kind: `${tag} ${key}` };
    }
    if (best.members.length >= 2) groups.push(best);
  }
  return groups;
}

/** Sibling groups of ≥2 elements that each look like a card. */
function candidateGroups(root: Element): Group[] {
  const memo = new Map<Element, boolean>();
  const cardLike = (el: Element): boolean => {
    let known = memo.get(el);
    if (known === undefined) memo.set(el, (known = isCardLike(el)));
    return known;
  };
  const parents = [root, ...Array.from(root.querySelectorAll('*')).slice(0, MAX_ELEMENTS_SCANNED)];
  const groups: Group[] = [];
  for (const parent of parents) {
    if (parent.children.length < 2) continue;
    for (const group of groupsUnder(parent, cardLike)) groups.push({ ...group, depth: depthOf(parent) });
  }
  return groups;
}

function overlaps(a: Group, b: Group): boolean {
  return a.members.some((x) => b.members.some((y) => x.contains(y) || y.contains(x)));
}

/**
 * The cards to read: the group with most cards (a two-column layout or a footer must not beat a
 * list of six; ties go to the deeper group), plus other lists built the same way ("featured"
 * and "latest"), never a group inside another.
 */
export function findCards(root: Element): Element[] {
  const ranked = candidateGroups(root).sort((a, b) => b.members.length - a.members.length || b.depth - a.depth);
  const best = ranked[0];
  if (!best) return [];
  const chosen: Group[] = [best];
  for (const group of ranked) {
    if (group.kind === best.kind && !chosen.some((c) => overlaps(c, group))) chosen.push(group);
  }
  return chosen.flatMap((g) => g.members).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * Who publishes a page of cards: og:site_name, else the last part of the <title> after "|", "–" or
 * "-" ("Current Vacancies – Saudi Arabia | Gulf Horizon Healthcare Recruitment"). On an agency's or
 * employer's own site, that is the advertiser of every card.
 */
export function siteOwner(doc: Document): string | undefined {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const parts = (doc.title ?? '').split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return last && last.split(/\s+/).length <= 8 ? last : undefined;
}

function readCard(card: Element, base: string | undefined, owner: string | undefined): PageAd | undefined {
  const heading = headingOf(card);
  const title = heading ? inlineText(heading) : undefined;
  const description = elementText(card);
  const link = heading?.querySelector('a[href]') ?? card.querySelector('a[href]:not([href^="mailto:"]):not([href^="tel:"])');
  return pageAd(
    {
      id: contentId('text', title, description),
      source: 'text',
      url: absoluteUrl(link?.getAttribute('href'), base),
      title,
      ...(owner ? { agency: owner } : {}),
      location: firstLabel(card, LOCATION_HINTS),
      salary: salaryFromText(firstLabel(card, SALARY_HINTS)),
      description,
    },
    card,
    'card',
  );
}

function readWholePage(doc: Document, base: string | undefined): PageAd | undefined {
  const body = doc.body ?? doc.documentElement;
  const description = elementText(body);
  if (!description) return undefined;
  const h1 = doc.querySelector('h1');
  const title = (h1 ? inlineText(h1) : '') || doc.title.trim() || undefined;
  return pageAd({ id: contentId('text', title, description), source: 'text', url: base, title, description }, body, 'detail');
}

export interface TextReadOptions {
  /** Only repeated cards; never the whole page as one ad (used on known boards). */
  cardsOnly?: boolean;
}

/** Ads from a page's plain structure. Never returns an ad with an empty description. */
export function readTextAds(doc: Document, url?: URL, options: TextReadOptions = {}): PageAd[] {
  try {
    const root = doc.body ?? doc.documentElement;
    const base = url?.href;
    // On a known board (cardsOnly) the title names the board, not an advertiser.
    const owner = options.cardsOnly ? undefined : siteOwner(doc);
    const cards = compact(findCards(root).map((card) => attempt('text', () => readCard(card, base, owner))));
    if (cards.length > 0 || options.cardsOnly) return cards;
    return compact([readWholePage(doc, base)]);
  } catch (error) {
    console.warn('[recruit-lens] text reader failed', error);
    return [];
  }
}
