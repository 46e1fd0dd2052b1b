// informal-contact (caution): the only contact is WhatsApp, Telegram, a DM or a personal mailbox,
// or the ad asks for passport copies or bank details up front (general recruitment-fraud guidance;
// weak basis, so never above caution).

import { followedBy, hitsOf, negatedBefore, precededBy, sentenceOfHit } from '../query';
import type { Rule } from '../rule';
import type { Hit } from '../text/matcher';
import { sentenceSpan, spanOf, type Span } from './evidence';

const PERSONAL_MAIL = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mail|gmx|proton|protonmail|yandex|rediffmail|inbox)\.[a-z.]{2,8}$/;
const LOCAL_PART = /[a-z0-9._%+-]{1,64}$/;
const DOMAIN_PART = /^(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}/;

/** Email addresses, found from each "@" (cheap on long texts). */
function emails(text: string): Array<{ start: number; end: number; domain: string }> {
  const found: Array<{ start: number; end: number; domain: string }> = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, at - 64), at));
    const domain = DOMAIN_PART.exec(text.slice(at + 1, at + 1 + 320));
    if (local && domain) found.push({ start: at - local[0].length, end: at + 1 + domain[0].length, domain: domain[0] });
  }
  return found;
}
const WEBSITE = new RegExp(/(?<![@\w.-])(?:https?:\/\/[^\s]{1,200}|www\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}|[a-z0-9-]{2,63}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|org|net|uk|co|ie|fr|pt|de|es|be|ca|au|nz|in|ng|gh|ke|za|ph|example|io|jobs|health|care|info|biz|eu|ae|sa|br|pk|np|bd)(?![\w@-])(?:\/[^\s]*)?)/.source);

export const informalContact: Rule = {
  id: 'informal-contact',
  severity: 'caution',
  basis: [{ instrument: 'fraud-guidance' }],
  detect(input) {
    const evidence: Span[] = [];
    const inWarning = (hit: Hit) => negatedBefore(input, hit, 12) || hitsOf(input, 'negation:free').some((f) => sentenceOfHit(input, f) === sentenceOfHit(input, hit) && f.last <= hit.first);

    for (const concept of ['contact:id-copy', 'contact:bank-details']) {
      for (const hit of hitsOf(input, concept)) if (!inWarning(hit)) evidence.push(sentenceSpan(input, sentenceOfHit(input, hit)));
    }

    const informal: Span[] = hitsOf(input, 'contact:informal-channel').filter((h) => !inWarning(h)).map(spanOf);
    let formal = hitsOf(input, 'contact:formal-channel').length > 0 || Boolean(input.ad.applyUrl);
    for (const email of emails(input.folded)) {
      if (PERSONAL_MAIL.test(email.domain)) informal.push({ start: email.start, end: email.end });
      else formal = true;
    }
    if (!formal) formal = WEBSITE.test(input.folded);
    const only = hitsOf(input, 'contact:informal-channel').some((h) =>
      precededBy(input, 'contact:only', h, 2) || followedBy(input, 'contact:only', h, 1));
    if (informal.length && (only || !formal)) evidence.push(...informal);
    return evidence.length ? { evidence } : null;
  },
};
