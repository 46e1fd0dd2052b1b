// Pieces every board reader needs: pay-looking text, matching a detail pane to its list card,
// keeping one card per job.

import { inlineText } from './dom-text';
import type { PageAd } from './types';

// A currency, a "k" amount, or a pay period ("an hour", "/yr", "par mois"); "3 days ago" is not pay.
const PAY_HINT =
  /[£$€₦¥₹₵]|\b(GBP|EUR|USD|NGN|GHS|AUD|NZD|CAD|SAR|AED|QAR)\b|\d\s?k\b|\b(per|an|a|par|por)\s+(hour|year|annum|month|week|day|heure|an|mois|hora|ano|mês)\b|\/\s?(yr|hr|mo|h|an|mois|mês)\b/i;

/** Does a label look like pay rather than a job type or a date? */
export function looksLikePay(text: string | undefined): boolean {
  return !!text && /\d/.test(text) && PAY_HINT.test(text);
}

/** One-line text of the first element matching any selector whose text passes `accept`. */
export function firstLabelWhere(
  root: ParentNode,
  selectors: readonly string[],
  accept: (text: string) => boolean,
): string | undefined {
  for (const selector of selectors) {
    let found: Element[] = [];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of found) {
      const text = inlineText(el);
      if (text && accept(text)) return text;
    }
  }
  return undefined;
}

/** Titles compared as a reader would: case, spacing and dash style ignored. */
export function sameTitle(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
  return !!a && !!b && norm(a) === norm(b);
}

/** The list card a detail pane shows: the card marked active, else the only card with its title. */
export function cardForDetail(cards: readonly PageAd[], title: string | undefined, activeSelectors: readonly string[]): PageAd | undefined {
  for (const card of cards) {
    for (const selector of activeSelectors) {
      try {
        if (card.element.closest(selector) || card.element.querySelector(selector)) return card;
      } catch {
        // selector not supported here
      }
    }
  }
  const sameTitled = cards.filter((c) => sameTitle(c.ad.title, title));
  return sameTitled.length === 1 ? sameTitled[0] : undefined;
}

/** Drops later cards with an id already seen and cards nested inside a kept card. */
export function uniqueCards(cards: ReadonlyArray<PageAd | undefined>): PageAd[] {
  const kept: PageAd[] = [];
  const ids = new Set<string>();
  for (const card of cards) {
    if (!card || ids.has(card.ad.id)) continue;
    if (kept.some((k) => k.element.contains(card.element))) continue;
    ids.add(card.ad.id);
    kept.push(card);
  }
  return kept;
}

/** Is this element inside any of the given containers? */
export function insideAny(el: Element, containers: readonly Element[]): boolean {
  return containers.some((c) => c !== el && c.contains(el));
}

/** Runs one read, containing a throw (odd markup in one card must not lose the others). */
export function attempt<T>(board: string, read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    console.warn(`[recruit-lens] ${board}: one ad could not be read`, error);
    return undefined;
  }
}
