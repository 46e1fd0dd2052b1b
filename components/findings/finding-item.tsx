// One finding: severity, title, why it matters, the exact words of the ad, what to ask, the basis.

import type { Analysis, Finding } from '../../rules/schema';
import { findingWords } from '../i18n/finding-words';
import { BasisList } from './basis-list';
import { SeverityLabel } from './severity-label';
import type { Words } from './words';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One finding of an ad (carries data-rule); `destination` fills the {destination} placeholder. */
export function FindingItem({ finding, destination, words }: { finding: Finding; destination: Analysis['destination']; words: Words }) {
  const { t } = words;
  const text = findingWords(finding, { destination }, t, words.country);
  return (
    <li class="rl-finding" data-rule={finding.rule} data-severity={finding.severity}>
      <h3 class="rl-finding-title">
        <SeverityLabel severity={finding.severity} t={t} />
        <span>{text.title}</span>
      </h3>
      <p>{text.why}</p>
      {finding.evidence.length > 0 && (
        <div class="rl-evidence">
          <span class="rl-label">{t('overlay_evidence')}</span>
          {finding.evidence.map((span) => (
            <blockquote key={`${span.start}-${span.end}`}>“{oneLine(span.text)}”</blockquote>
          ))}
        </div>
      )}
      <p class="rl-ask">
        <span class="rl-label">{t('overlay_ask')}</span> {text.ask}
      </p>
      <BasisList basis={finding.basis} t={t} />
    </li>
  );
}
