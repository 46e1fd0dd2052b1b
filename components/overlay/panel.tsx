// The panel for one ad: verdict, findings by severity (why, the ad's words, what to ask, basis),
// then "Report a concern" and "Save as evidence". A non-modal dialog: Escape closes it (or goes
// back from the report view); focus moves to its heading and returns to the badge on close.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReportingChannel } from '../../rules/data/schema';
import type { Analysis, Finding, JobAd, Verdict } from '../../rules/schema';
import type { SaveResult } from '../../utils/messages';
import { buildReport } from '../../utils/report';
import { FindingList } from '../findings/finding-list';
import { VerdictIcon } from '../findings/verdict-icon';
import { keyPart, type Words } from '../findings/words';
import { ReportDialog } from './report-dialog';
import { SaveEvidenceButton } from './save-evidence-button';

export interface PanelProps {
  ad: JobAd;
  analysis: Analysis;
  verdict: Verdict;
  /** The findings to show (caution ones already removed when the user hides them). */
  findings: readonly Finding[];
  channels: readonly ReportingChannel[];
  /** The page the ad is on, and when it was first seen there (for the report). */
  url: string;
  seenAt: Date;
  /** Open straight on the report view. */
  startWithReport?: boolean;
  words: Words;
  onClose: () => void;
  onSave: () => Promise<SaveResult>;
}

function FindingsView(props: PanelProps & { onReport: () => void }) {
  const { ad, analysis, verdict, findings, words, onClose, onSave, onReport } = props;
  const { t } = words;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const who = [ad.employer ?? ad.agency, ad.location].filter(Boolean).join(' · ');
  return (
    <div data-view="findings">
      <header class="rl-panel-head">
        <VerdictIcon verdict={verdict} />
        <h2 id="rl-panel-title" tabIndex={-1} ref={heading}>
          <span class="rl-word">{t(`verdict_${keyPart(verdict)}`)}</span>
          <span class="rl-ad-title">{ad.title ?? t('overlay_untitled')}</span>
        </h2>
        <button type="button" class="rl-close" aria-label={t('overlay_close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {who && <p class="rl-who">{who}</p>}
      <p class="rl-summary">{t(`verdict_${keyPart(verdict)}_long`)}</p>
      {findings.length > 0 && <FindingList findings={findings} destination={analysis.destination} words={words} />}
      <div class="rl-actions">
        <button type="button" class="rl-primary" data-action="report" aria-haspopup="dialog" onClick={onReport}>
          {t('overlay_report')}
        </button>
        <SaveEvidenceButton onSave={onSave} words={words} />
      </div>
      <p class="rl-footnote">{t('overlay_rules_version', { version: analysis.rulesVersion })}</p>
    </div>
  );
}

/** The ad's panel (role="dialog", carries data-verdict). */
export function Panel(props: PanelProps) {
  const { ad, analysis, findings, channels, url, seenAt, words, onClose } = props;
  const [view, setView] = useState<'findings' | 'report'>(props.startWithReport ? 'report' : 'findings');
  const report = useMemo(() => buildReport({ ad, analysis, findings, url, seenAt }, words.t, words.country), [ad, analysis, findings, url, seenAt, words]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (view === 'report') setView('findings');
    else onClose();
  };
  const destination = analysis.destination ? words.country(analysis.destination) : words.t('destination_unknown');
  return (
    <section class="rl-panel" role="dialog" aria-modal="false" aria-labelledby={view === 'report' ? 'rl-report-title' : 'rl-panel-title'} data-verdict={props.verdict} onKeyDown={onKeyDown}>
      {view === 'report' ? (
        <ReportDialog report={report} channels={channels} destinationName={destination} words={words} onBack={() => setView('findings')} />
      ) : (
        <FindingsView {...props} onReport={() => setView('report')} />
      )}
    </section>
  );
}
