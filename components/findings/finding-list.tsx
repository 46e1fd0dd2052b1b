// An ad's findings, most severe first.

import type { Analysis, Finding, Severity } from '../../rules/schema';
import { FindingItem } from './finding-item';
import type { Words } from './words';

// Not rules/schema's SEVERITIES: importing a value from there would bundle zod into the page.
const ORDER: Severity[] = ['serious', 'warning', 'caution', 'info'];

export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
}

/** The findings to show (already filtered by the caller), sorted by severity. */
export function FindingList({ findings, destination, words }: { findings: readonly Finding[]; destination: Analysis['destination']; words: Words }) {
  return (
    <ol class="rl-findings">
      {bySeverity(findings).map((finding) => (
        <FindingItem key={finding.rule} finding={finding} destination={destination} words={words} />
      ))}
    </ol>
  );
}
