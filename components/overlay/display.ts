// What the page shows for an analysed ad, given the user's settings: which findings, which verdict,
// and how many findings the badge counts (background notes, severity "info", are listed, not counted).

import type { Finding, Verdict } from '../../rules/schema';
import type { AnalyzedAd } from '../../utils/messages';

export function shownFindings(findings: readonly Finding[], showCaution: boolean): Finding[] {
  return showCaution ? [...findings] : findings.filter((f) => f.severity !== 'caution');
}

export function shownVerdict(result: Pick<AnalyzedAd, 'analysis' | 'quietVerdict'>, showCaution: boolean): Verdict {
  return showCaution ? result.analysis.verdict : result.quietVerdict;
}

export function countedFindings(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity !== 'info').length;
}
