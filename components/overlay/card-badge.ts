// The badge after a list card's title: icon, verdict word and finding count; opens the panel, and
// can be dismissed for this ad. Updated in place, so keyboard focus survives a change.

import type { Verdict } from '../../rules/schema';
import { verdictIconElement } from '../findings/verdict-icon';
import { keyPart, type Words } from '../findings/words';
import { el, setAttr, setText } from './dom';

export interface BadgeProps {
  verdict: Verdict;
  /** Findings counted on the badge. */
  count: number;
  /** The panel is open for this ad. */
  expanded: boolean;
  words: Words;
  onOpen: () => void;
  onDismiss: () => void;
}

/** A badge (or banner) drawn into a container; `update` redraws it with new props. */
export interface BadgeView {
  root: HTMLElement;
  update(props: BadgeProps): void;
}

export function badgeLabel({ verdict, count, words }: Pick<BadgeProps, 'verdict' | 'count' | 'words'>): string {
  const word = words.t(`verdict_${keyPart(verdict)}`);
  return count > 0 ? words.t('overlay_badge_label_count', { verdict: word, count }) : words.t('overlay_badge_label', { verdict: word });
}

/** Swaps the icon when the verdict changes. */
export function updateIcon(doc: Document, container: Element, verdict: Verdict): void {
  const icon = container.querySelector('svg.rl-icon');
  if (icon?.getAttribute('data-icon') !== verdict) {
    const fresh = verdictIconElement(doc, verdict);
    if (icon) icon.replaceWith(fresh);
    else container.prepend(fresh);
  }
}

/** The card badge (carries data-verdict). */
export function createCardBadge(doc: Document): BadgeView {
  let props: BadgeProps | undefined;
  const word = el(doc, 'span', { class: 'rl-word' });
  const count = el(doc, 'span', { class: 'rl-count' });
  const open = el(doc, 'button', { type: 'button', class: 'rl-badge-open', 'aria-haspopup': 'dialog' }, word, count);
  const dismiss = el(doc, 'button', { type: 'button', class: 'rl-dismiss' }, el(doc, 'span', { 'aria-hidden': 'true' }, '×'));
  const root = el(doc, 'div', { class: 'rl-badge' }, open, dismiss);
  open.addEventListener('click', () => props?.onOpen());
  dismiss.addEventListener('click', () => props?.onDismiss());
  return {
    root,
    update(next) {
      props = next;
      const { t } = next.words;
      setAttr(root, 'data-verdict', next.verdict);
      updateIcon(doc, open, next.verdict);
      setText(word, t(`verdict_${keyPart(next.verdict)}`));
      setText(count, next.count > 0 ? String(next.count) : '');
      count.hidden = next.count === 0;
      setAttr(open, 'aria-expanded', String(next.expanded));
      setAttr(open, 'aria-label', badgeLabel(next));
      setAttr(dismiss, 'aria-label', t('overlay_dismiss'));
      setAttr(dismiss, 'title', t('overlay_dismiss'));
    },
  };
}
