// The findings of one analysis as the extension pages show them: title and severity (word and
// icon), the plain explanation, what to ask or how to fix, the exact words quoted, and the basis.
// Every finding carries data-rule. The in-page overlay has its own components (components/findings).

import { SEVERITIES, type Analysis, type Finding } from '../../../rules/schema';
import { findingText } from '../../i18n/finding-text';
import { usePageEnv } from './page-env';

const SEVERITY_ICONS: Record<Finding['severity'], string> = { serious: '▲', warning: '▲', caution: '◆', info: 'ℹ' };

interface Props {
  analysis: Pick<Analysis, 'findings' | 'destination'>;
  /** 'ask' for health workers (popup), 'fix' for recruiters (checker). */
  advice: 'ask' | 'fix' | 'both';
  /** Heading level of each finding's title. */
  level?: 3 | 4;
  hideCaution?: boolean;
  /** Open the basis by default (the printable report). */
  basisOpen?: boolean;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

export function PageFindings({ analysis, advice, level = 3, hideCaution = false, basisOpen = false }: Props) {
  const { t, locale } = usePageEnv();
  const shown = sortFindings(analysis.findings).filter((f) => !hideCaution || f.severity !== 'caution');
  const hidden = analysis.findings.length - shown.length;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div class="findings">
      {shown.length === 0 && hidden === 0 ? <p class="muted">{t('findings_none')}</p> : null}
      <ul class="finding-list">
        {shown.map((finding, i) => {
          const text = findingText(finding, analysis, t, locale);
          return (
            <li key={`${finding.rule}-${i}`} class={`finding severity-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
              <Heading class="finding-title">
                <span class="severity-tag">
                  <span aria-hidden="true">{SEVERITY_ICONS[finding.severity]} </span>
                  {text.severity}
                </span>{' '}
                {text.title}
              </Heading>
              <p>{text.why}</p>
              {finding.evidence.length > 0 ? (
                <p class="finding-evidence">
                  <span class="label">{t('findings_words')}</span>{' '}
                  {finding.evidence.map((span, j) => (
                    <q key={j} class="quote">{span.text}</q>
                  ))}
                </p>
              ) : null}
              {advice !== 'fix' ? (
                <p><span class="label">{t('findings_ask')}</span> {text.ask}</p>
              ) : null}
              {advice !== 'ask' ? (
                <p class="finding-fix"><span class="label">{t('findings_fix')}</span> {text.fix}</p>
              ) : null}
              <details class="basis" open={basisOpen}>
                <summary>{t('findings_basis')}</summary>
                <ul>
                  {finding.basis.map((b, j) => (
                    <li key={j}>
                      {b.url ? <a href={b.url} target="_blank" rel="noreferrer noopener">{b.instrument}</a> : b.instrument}
                      {b.provision ? `, ${b.provision}` : ''}
                      {b.note ? <span class="basis-note"> — {t(b.note)}</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? <p class="muted" data-testid="caution-hidden">{t('findings_caution_hidden', { count: hidden })}</p> : null}
    </div>
  );
}
