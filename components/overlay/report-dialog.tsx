// "Report a concern": who to report to (the destination's channels and what each handles), and the
// prefilled report in full. The user copies it or opens their mail program; we send nothing.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportingChannel } from '../../rules/data/schema';
import { mailtoHref, type Report } from '../../utils/report';
import type { Words } from '../findings/words';
import { copyText } from './copy-text';

export interface ReportDialogProps {
  report: Report;
  channels: readonly ReportingChannel[];
  /** Name of the job's country, for the "no channel" text. */
  destinationName: string;
  words: Words;
  onBack: () => void;
}

function ChannelItem({ channel, report, words }: { channel: ReportingChannel; report: Report; words: Words }) {
  const { t } = words;
  return (
    <li class="rl-channel" data-channel={channel.id}>
      <strong>{channel.name}</strong>
      <p>{t(channel.handlesKey)}</p>
      <ul class="rl-contacts">
        {channel.email && (
          <li>
            <a href={mailtoHref(channel.email, report)} data-action="mailto">
              {t('overlay_email_report', { email: channel.email })}
            </a>
          </li>
        )}
        {channel.phone && (
          <li>
            {t('overlay_phone')}: <a href={`tel:${channel.phone.replace(/\s+/g, '')}`}>{channel.phone}</a>
          </li>
        )}
        {channel.web && (
          <li>
            <a href={channel.web} target="_blank" rel="noopener noreferrer">
              {t('overlay_website')}
            </a>
          </li>
        )}
      </ul>
    </li>
  );
}

/** The report view of the panel (its heading takes focus when shown). */
export function ReportDialog({ report, channels, destinationName, words, onBack }: ReportDialogProps) {
  const { t } = words;
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);
  const copy = async (event: Event) => {
    const ok = await copyText(report.text, event.currentTarget as Element);
    setCopied(ok ? 'copied' : 'failed');
  };
  return (
    <div class="rl-report" data-view="report">
      <h2 id="rl-report-title" tabIndex={-1} ref={heading}>
        {t('overlay_report_heading')}
      </h2>
      <p>{t('overlay_report_explain')}</p>
      <h3>{t('overlay_report_where')}</h3>
      {channels.length ? (
        <ul class="rl-channels">
          {channels.map((channel) => (
            <ChannelItem key={channel.id} channel={channel} report={report} words={words} />
          ))}
        </ul>
      ) : (
        <p class="rl-no-channel">{t('report_no_channel', { destination: destinationName })}</p>
      )}
      <h3 id="rl-report-text-label">{t('overlay_report_preview')}</h3>
      <pre class="rl-report-text" tabIndex={0} aria-labelledby="rl-report-text-label" data-report-text>
        {report.text}
      </pre>
      <div class="rl-actions">
        <button type="button" class="rl-primary" data-action="copy-report" onClick={copy}>
          {t('overlay_copy')}
        </button>
        <button type="button" class="rl-quiet" onClick={onBack}>
          {t('overlay_back')}
        </button>
      </div>
      <p class="rl-status" role="status" data-copy-status={copied}>
        {copied === 'copied' ? t('overlay_copied') : copied === 'failed' ? t('overlay_copy_failed') : ''}
      </p>
    </div>
  );
}
