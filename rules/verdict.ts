// The verdict shown on a badge: concern (serious or warning), caution (caution only), no-concern,
// or not-enough-data when a health ad says too little to clear it. Never a false "safe".

import type { Finding, Verdict } from './schema';

/** Fewer words than this, with nothing found, is not enough to say "no concern". */
export const MIN_WORDS_FOR_CLEAR = 40;

export function verdictOf(health: boolean, findings: Finding[], wordCount: number, partial: boolean): Verdict {
  if (findings.some((f) => f.severity === 'serious' || f.severity === 'warning')) return 'concern';
  if (findings.some((f) => f.severity === 'caution')) return 'caution';
  if (!health) return 'no-concern';
  if (partial || wordCount < MIN_WORDS_FOR_CLEAR) return 'not-enough-data';
  return 'no-concern';
}
