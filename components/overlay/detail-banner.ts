// The banner at the top of the open advert: the verdict in a sentence and a button to the findings.

import { keyPart } from '../findings/words';
import { badgeLabel, updateIcon, type BadgeView } from './card-badge';
import { el, setAttr, setText } from './dom';

/** The open advert's banner (carries data-verdict). */
export function createDetailBanner(doc: Document): BadgeView {
  let props: Parameters<BadgeView['update']>[0] | undefined;
  const word = el(doc, 'strong', { class: 'rl-word' });
  const count = el(doc, 'span', { class: 'rl-count' });
  const brand = el(doc, 'span', { class: 'rl-brand' });
  const head = el(doc, 'div', { class: 'rl-banner-head' }, word, count, brand);
  const text = el(doc, 'p', { class: 'rl-banner-text' });
  const open = el(doc, 'button', { type: 'button', class: 'rl-primary', 'aria-haspopup': 'dialog' });
  const dismiss = el(doc, 'button', { type: 'button', class: 'rl-quiet' });
  const root = el(doc, 'div', { class: 'rl-banner', role: 'group' }, head, text, el(doc, 'div', { class: 'rl-banner-actions' }, open, dismiss));
  open.addEventListener('click', () => props?.onOpen());
  dismiss.addEventListener('click', () => props?.onDismiss());
  return {
    root,
    update(next) {
      props = next;
      const { t } = next.words;
      const verdict = keyPart(next.verdict);
      setAttr(root, 'data-verdict', next.verdict);
      setAttr(root, 'aria-label', t('overlay_brand'));
      updateIcon(doc, head, next.verdict);
      setText(word, t(`verdict_${verdict}`));
      setText(count, next.count > 0 ? t('overlay_count', { count: next.count }) : '');
      setText(brand, t('overlay_brand'));
      setText(text, t(`verdict_${verdict}_long`));
      setText(open, t('overlay_open_details'));
      setAttr(open, 'aria-expanded', String(next.expanded));
      setAttr(open, 'aria-label', badgeLabel(next));
      setText(dismiss, t('overlay_dismiss'));
    },
  };
}
