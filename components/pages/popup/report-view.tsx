// Report a concern: where to report for this ad's destination (what each channel handles), and the
// full text of the report (utils/report.ts, shared with the page overlay), shown before anything
// leaves. Copy and e-mail only; nothing is sent by us.

import { useMemo, useState } from 'preact/hooks';
import { reportChannels } from '../../../utils/channels';
import { buildReport, mailtoHref, type ReportInput } from '../../../utils/report';
import { countryName } from '../../i18n/country-names';
import { usePageEnv } from '../shared/page-env';

export function ReportView({ input, onClose }: { input: ReportInput; onClose: () => void }) {
  const { t, locale } = usePageEnv();
  const report = useMemo(() => buildReport(input, t, (iso) => countryName(iso, locale)), [input, t, locale]);
  const channels = reportChannels(input.analysis.destination);
  const [copied, setCopied] = useState<string>('');
  const destination = input.analysis.destination ? countryName(input.analysis.destination, locale) : t('destination_unknown');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.text);
      setCopied(t('report_copied'));
    } catch {
      setCopied(t('report_copy_failed'));
    }
  };
  return (
    <section class="report" aria-labelledby="report-heading" data-testid="report">
      <h3 id="report-heading">{t('report_heading')}</h3>
      <p class="hint">{t('report_nothing_sent')}</p>
      <label for="report-preview">{t('report_preview')}</label>
      <textarea id="report-preview" readOnly rows={10} class="report-preview" value={report.text} />
      <div class="row">
        <button type="button" onClick={copy}>{t('report_copy')}</button>
        <span role="status" class="hint">{copied}</span>
      </div>
      <h4>{t('report_where', { destination })}</h4>
      {channels.length === 0 ? <p>{t('report_no_channel', { destination })}</p> : null}
      <ul class="channels">
        {channels.map((c) => (
          <li key={c.id} data-channel={c.id}>
            <strong>{c.name}</strong>
            <p class="hint">{t(c.handlesKey)}</p>
            <div class="row">
              {c.email ? <a class="button" href={mailtoHref(c.email, report)}>{t('report_email', { email: c.email })}</a> : null}
              {c.web ? <a href={c.web} target="_blank" rel="noreferrer noopener">{t('report_web')}</a> : null}
              {c.phone ? <span>{t('report_phone', { phone: c.phone })}</span> : null}
            </div>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>{t('close')}</button>
    </section>
  );
}
