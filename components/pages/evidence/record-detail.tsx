// One saved record in full: the ad text with its marked words, the findings, where and when it was
// seen, its hash, and the volunteer's notes (saved with updateNotes). Delete goes through the
// parent, which offers Undo.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvidenceRecord } from '../../../utils/evidence';
import { QuotaExceededError, updateNotes } from '../../../utils/evidence-store';
import { countryList, countryName } from '../../i18n/country-names';
import { HighlightedText } from '../checker/highlighted-text';
import { usePageEnv } from '../shared/page-env';
import { PageFindings } from '../shared/page-findings';
import { VerdictTag } from '../shared/verdict';
import { boardName } from './labels';

interface Props {
  record: EvidenceRecord;
  onClose: () => void;
  onDelete: (record: EvidenceRecord) => void;
  onSaved: (record: EvidenceRecord) => void;
}

export function RecordDetail({ record, onClose, onDelete, onSaved }: Props) {
  const { t, locale } = usePageEnv();
  const [notes, setNotes] = useState(record.notes);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setNotes(record.notes);
    setStatus(null);
    heading.current?.focus();
  }, [record.id]);
  const saveNotes = async () => {
    try {
      onSaved(await updateNotes(record.id, notes));
      setStatus({ error: false, text: t('log_notes_saved') });
    } catch (error) {
      setStatus({ error: true, text: error instanceof QuotaExceededError ? t('storage_full') : t('save_failed', { error: (error as Error).message }) });
    }
  };
  const { ad, analysis } = record;
  const isWeb = /^https?:\/\//.test(record.url);
  return (
    <section class="detail panel" aria-labelledby="detail-heading" data-testid="record-detail" data-record-id={record.id}>
      <div class="row detail-top">
        <button type="button" onClick={onClose}><span aria-hidden="true">←</span> {t('log_back')}</button>
      </div>
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>{ad.title || t('untitled_ad')}</h2>
      <p><VerdictTag verdict={analysis.verdict} /></p>
      <dl class="facts">
        <dt>{t('log_col_date')}</dt><dd><time dateTime={record.savedAt}>{new Date(record.savedAt).toLocaleString(locale)}</time></dd>
        <dt>{t('log_col_board')}</dt><dd>{boardName(record.board, t)}</dd>
        <dt>{t('log_col_employer')}</dt><dd>{[ad.employer, ad.agency].filter(Boolean).join(' / ') || t('log_unknown')}</dd>
        {ad.location ? (<><dt>{t('log_location')}</dt><dd>{ad.location}</dd></>) : null}
        <dt>{t('log_url')}</dt><dd class="break">{isWeb ? <a href={record.url} target="_blank" rel="noreferrer noopener">{record.url}</a> : record.url}</dd>
        <dt>{t('log_col_destination')}</dt><dd>{analysis.destination ? countryName(analysis.destination, locale) : t('log_unknown')}</dd>
        <dt>{t('log_col_targets')}</dt><dd>{countryList(analysis.targets, locale) || t('log_none')}</dd>
        <dt>{t('log_hash')}</dt><dd class="break mono" data-testid="record-hash">{record.hash}</dd>
        <dt>{t('log_rules_version')}</dt><dd>{analysis.rulesVersion}</dd>
      </dl>
      <h3>{t('log_findings')}</h3>
      <PageFindings analysis={analysis} advice="both" level={4} />
      <h3>{t('log_ad_text')}</h3>
      <HighlightedText text={record.text} findings={analysis.findings} />
      <h3><label for="notes">{t('log_notes')}</label></h3>
      <p id="notes-hint" class="hint">{t('log_notes_hint')}</p>
      <textarea id="notes" rows={4} value={notes} aria-describedby="notes-hint" maxLength={20_000}
        onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" class="primary" onClick={saveNotes} disabled={notes === record.notes}>{t('log_save_notes')}</button>
        <span role="status" class={status?.error ? 'status error' : 'hint'}>{status?.text ?? ''}</span>
      </div>
      <div class="row danger-zone">
        <button type="button" onClick={() => onDelete(record)} data-testid="delete-record">
          <span aria-hidden="true">✕</span> {t('log_delete')}
        </button>
      </div>
    </section>
  );
}
