// One ad's findings in the popup, with what the reader can do: show it on the page, report a
// concern, save it as evidence.

import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabAd, ToContent } from '../../../utils/messages';
import { FindingList } from '../../findings/finding-list';
import { countryName } from '../../i18n/country-names';
import { usePageEnv } from '../shared/page-env';
import { ResidenceNote } from '../shared/residence-note';
import { SaveEvidenceButton } from '../shared/save-evidence';
import { VerdictTag, verdictKey } from '../shared/verdict';
import { ReportView } from './report-view';

interface Props {
  item: TabAd;
  tabId: number | undefined;
  url: string;
  board: string;
  onBack: () => void;
}

export function AdDetail({ item, tabId, url, board, onBack }: Props) {
  const { t, settings, locale } = usePageEnv();
  const [reporting, setReporting] = useState(false);
  const [showNote, setShowNote] = useState('');
  const { ad, analysis, summary } = item;
  const words = useMemo(() => ({ t, locale, country: (iso: string) => countryName(iso, locale) }), [t, locale]);
  const shown = settings.showCaution ? analysis.findings : analysis.findings.filter((f) => f.severity !== 'caution');
  const hidden = analysis.findings.length - shown.length;
  const showOnPage = async () => {
    if (tabId === undefined) return;
    const message: ToContent = { type: 'open-ad', id: summary.id };
    try {
      await browser.tabs.sendMessage(tabId, message);
      window.close();
    } catch {
      setShowNote(t('show_on_page_failed'));
    }
  };
  return (
    <section aria-labelledby="ad-heading" data-testid="ad-detail">
      <button type="button" onClick={onBack} class="back">
        <span aria-hidden="true">←</span> {t('back_to_list')}
      </button>
      <h2 id="ad-heading">{summary.title || ad.title || t('untitled_ad')}</h2>
      {ad.employer || ad.agency ? <p class="muted">{ad.employer ?? ad.agency}</p> : null}
      <p>
        <VerdictTag verdict={analysis.verdict} />
      </p>
      <p>{t(`${verdictKey(analysis.verdict)}_long`)}</p>
      <ResidenceNote targets={analysis.targets} />
      <div class="row actions">
        <button type="button" onClick={showOnPage} disabled={tabId === undefined}>{t('show_on_page')}</button>
        <button type="button" onClick={() => setReporting(true)} aria-expanded={reporting}>{t('report_concern')}</button>
      </div>
      {showNote ? <p role="status" class="status">{showNote}</p> : null}
      {reporting ? <ReportView input={{ ad, analysis, findings: shown, url, seenAt: new Date() }} onClose={() => setReporting(false)} /> : null}
      <SaveEvidenceButton ad={ad} analysis={analysis} url={url} board={board} origin="page" />
      {shown.length ? <FindingList findings={shown} destination={analysis.destination} words={words} /> : null}
      {hidden > 0 ? <p class="muted" data-testid="caution-hidden">{t('findings_caution_hidden', { count: hidden })}</p> : null}
    </section>
  );
}
