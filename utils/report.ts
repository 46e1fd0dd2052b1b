// "Report a concern": the prefilled report for one ad, built here and shown in full before the user
// copies it or opens their mail program. Pure: no DOM, no browser API, no clock (the date is given).

import type { CountryNamer } from '../components/i18n/finding-words';
import { findingWords } from '../components/i18n/finding-words';
import type { Translate } from '../components/i18n/translate';
import type { Analysis, Finding, JobAd } from '../rules/schema';

export interface ReportInput {
  ad: JobAd;
  analysis: Analysis;
  /** The findings the user was shown (caution ones may be hidden); all of them by default. */
  findings?: readonly Finding[];
  /** The page the ad was seen on. */
  url: string;
  seenAt: Date;
}

export interface Report {
  subject: string;
  body: string;
  /** Subject and body together: exactly what is shown and what "Copy" puts on the clipboard. */
  text: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "Label: value", with the reader's language's spacing around the colon. */
const field = (t: Translate, labelKey: string, value: string) => t('overlay_report_field', { label: t(labelKey), value });

function findingLines(finding: Finding, index: number, analysis: Analysis, t: Translate, country: CountryNamer): string[] {
  const words = findingWords(finding, analysis, t, country);
  const lines = [`${index + 1}. [${words.severity}] ${words.title} (${finding.rule})`, `   ${oneLine(words.why)}`];
  for (const span of finding.evidence) lines.push(`   ${field(t, 'overlay_report_quote', `“${oneLine(span.text)}”`)}`);
  for (const basis of finding.basis) {
    const where = [basis.instrument, basis.provision].filter(Boolean).join(', ');
    lines.push(`   ${field(t, 'overlay_report_basis', `${where}${basis.url ? ` <${basis.url}>` : ''}`)}`);
  }
  return lines;
}

export function buildReport({ ad, analysis, findings = analysis.findings, url, seenAt }: ReportInput, t: Translate, country: CountryNamer): Report {
  const title = ad.title ?? t('overlay_untitled');
  const unknown = t('overlay_report_unknown');
  const subject = t('overlay_report_subject', { title });
  const lines = [
    t('overlay_report_intro'),
    '',
    field(t, 'overlay_report_title', title),
    field(t, 'overlay_report_employer', ad.employer ?? ad.agency ?? unknown),
    ...(ad.agency && ad.employer ? [field(t, 'overlay_report_agency', ad.agency)] : []),
    field(t, 'overlay_report_location', ad.location ?? unknown),
    field(t, 'overlay_report_url', url),
    field(t, 'overlay_report_seen', seenAt.toISOString().slice(0, 10)),
    field(t, 'overlay_report_destination', analysis.destination ? country(analysis.destination) : unknown),
    ...(analysis.targets.length ? [field(t, 'overlay_report_targets', analysis.targets.map(country).join(', '))] : []),
    '',
    findings.length ? t('overlay_report_findings', { count: findings.length }) : t('overlay_report_no_findings'),
    ...findings.flatMap((finding, i) => findingLines(finding, i, analysis, t, country)),
    '',
    t('overlay_report_footer', { version: analysis.rulesVersion }),
  ];
  const body = lines.join('\n');
  return { subject, body, text: `${subject}\n\n${body}` };
}

/** A mailto: link that opens the user's mail program with the report filled in; nothing is sent by us. */
export function mailtoHref(email: string, report: Pick<Report, 'subject' | 'body'>): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}`;
}
