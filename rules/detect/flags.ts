// Flag emoji: 🇳🇬 is a pair of regional indicators N+G. A flag after an arrow (🇳🇬➡️🇬🇧, → 🇬🇧) names
// where the job is; other flags name countries the ad speaks to.

import { countryByIso } from '../data/index';

export interface FlagMention {
  iso: string;
  start: number;
  end: number;
  afterArrow: boolean;
}

const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const ARROW_BEFORE = /(?:➡️?|→|⟶|->|=>|👉|✈️?|to)\s*$/u;

export function findFlags(text: string): FlagMention[] {
  const flags: FlagMention[] = [];
  for (const m of text.matchAll(FLAG)) {
    const chars = [...m[0]];
    const iso = chars.map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join('');
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const country = iso === 'UK' ? 'GB' : iso;
    // 🇪🇺 and 🇺🇳 are not countries.
    if (!countryByIso.has(country)) continue;
    flags.push({ iso: country, start: m.index, end: m.index + m[0].length, afterArrow: ARROW_BEFORE.test(before) });
  }
  return flags;
}
