// pressure-tactics (caution): "limited slots", "pay today", deadlines measured in hours. "May close
// early" and an ordinary closing date are not pressure.

import { hitsInSentence, hitsOf, sentenceAt } from '../query';
import type { Rule } from '../rule';
import { sentenceSpan, spanOf, type Span } from './evidence';

const WITHIN_BEFORE = /(?:within|in|dans|sous|em|en|dentro de|innerhalb(?: von)?|next|only|just|clos\w*|expir\w*|ends?)\s*$/;
const LEFT_AFTER = /^\W*(?:left|remaining|only|deadline|to go|countdown|restantes?|restam|quedan|ubrig)/;
const DISTANCE_AFTER = /^\W*(?:from|away|drive|driving|by (?:car|train|road|air)|de |da |do |desde|von |entfernt)/;
const HOURS = /(?<![\p{L}\p{N}])(\d{1,3})\s?-?\s?(?:hours?|hrs?|h|heures?|horas?|stunden?)(?![\p{L}])/gu;

export const pressureTactics: Rule = {
  id: 'pressure-tactics',
  severity: 'caution',
  basis: [{ instrument: 'fraud-guidance' }],
  detect(input) {
    const evidence: Span[] = [];
    for (const concept of ['pressure:scarcity', 'pressure:pay-now']) evidence.push(...hitsOf(input, concept).map(spanOf));

    for (const m of input.folded.matchAll(HOURS)) {
      const hours = Number(m[1]);
      if (hours > 96) continue;
      const sentence = sentenceAt(input, m.index);
      const harmless = hitsInSentence(input, 'pressure:deadline-harmless', sentence)
        .some((h) => h.start <= m.index + m[0].length + 12 && h.end >= m.index - 12);
      if (harmless) continue;
      const before = input.folded.slice(Math.max(0, m.index - 16), m.index);
      const after = input.folded.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "only two hours from London": a distance, not a deadline.
      if (DISTANCE_AFTER.test(after)) continue;
      const left = LEFT_AFTER.test(after);
      const deadline = WITHIN_BEFORE.test(before) || left;
      if (deadline && (left || hitsInSentence(input, 'pressure:deadline-verb', sentence).length)) {
        evidence.push({ start: m.index, end: m.index + m[0].length });
      }
    }

    // "… admin fee TODAY", "pay today to hold your place"
    for (const today of hitsOf(input, 'pressure:today')) {
      const sentence = sentenceAt(input, today.start);
      const money = hitsInSentence(input, 'fees:fee-strong', sentence).length + hitsInSentence(input, 'fees:fee-generic', sentence).length;
      const pay = hitsInSentence(input, 'negation:candidate-pays', sentence).some((h) => /^(?:pay|pague|payez|zahlen|paga|pagar)/.test(input.folded.slice(h.start, h.end)));
      if (money && pay && /^(?:today|hoje|hoy|heute|aujourd)/.test(input.folded.slice(today.start, today.end))) evidence.push(sentenceSpan(input, sentence));
    }
    return evidence.length ? { evidence } : null;
  },
};
