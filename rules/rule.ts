// What a rule is: an id from RULES.md, a default severity, the instruments it rests on, and a
// detector over the analysed ad. One rule per file in rules/rules/.

import type { AdContext } from './context';
import type { Places } from './detect/places';
import type { RuleId, Severity } from './schema';

export interface BasisRef {
  /** An id in rules/data/instruments.json. */
  instrument: string;
  provision?: string;
  note?: string;
}

export interface RuleInput extends AdContext {
  places: Places;
  health: boolean;
  /** Countries covered by a stated government-to-government agreement (see g2g-claims.ts). */
  g2g: import('./detect/g2g-claims').G2GClaims;
}

export interface Detection {
  evidence: Array<{ start: number; end: number }>;
  severity?: Severity;
  countries?: string[];
  /** Extra bases that depend on the ad (its destination, the countries it targets). */
  basis?: BasisRef[];
  /** Replaces the rule's default message keys' suffix, e.g. a serious repayment clause. */
  variant?: string;
  params?: Record<string, string>;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  basis: BasisRef[];
  detect(input: RuleInput): Detection | null;
}
