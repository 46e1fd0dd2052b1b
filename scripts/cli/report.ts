// The two outputs of `npm run check`: the JSON contract of DESIGN.md and a readable report.

import { countryList, countryName } from '../../components/i18n/country-names';
import { findingText } from '../../components/i18n/finding-text';
import type { Locale, Translate } from '../../components/i18n/translate';
import type { Analysis, JobAd } from '../../rules/schema';

export interface CheckedAd {
  source: string;
  ad: JobAd;
  analysis: Analysis;
}

export function toJson(checked: CheckedAd[]): string {
  return JSON.stringify({
    ads: checked.map(({ source, ad, analysis }) => ({
      source,
      title: ad.title ?? null,
      employer: ad.employer ?? ad.agency ?? null,
      health: analysis.health,
      destination: analysis.destination,
      international: analysis.international,
      targets: analysis.targets,
      verdict: analysis.verdict,
      findings: analysis.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        evidence: f.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
        basis: f.basis,
      })),
    })),
  });
}

const MARK: Record<string, string> = { concern: '✖', caution: '!', 'no-concern': '✓', 'not-enough-data': '?' };
const SEVERITY_ORDER = ['serious', 'warning', 'caution', 'info'];

function wrap(text: string, indent: string, width = 96): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (indent + line + ' ' + word).length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function toText(checked: CheckedAd[], t: Translate, locale: Locale): string {
  const out: string[] = [];
  for (const { source, ad, analysis } of checked) {
    const verdict = t(`verdict_${analysis.verdict.replace(/-/g, '_')}`);
    out.push(`${MARK[analysis.verdict]} ${verdict.toUpperCase()}  ${source}`);
    const who = ad.employer ?? ad.agency;
    out.push(`  ${ad.title ?? '(untitled)'}${who ? ` — ${who}` : ''}`);
    if (!analysis.health) {
      out.push(`  ${t('cli_not_health')}`, '');
      continue;
    }
    const where = analysis.destination ? countryName(analysis.destination, locale) : t('destination_unknown');
    const targets = analysis.targets.length ? countryList(analysis.targets, locale) : '—';
    out.push(`  ${t('cli_destination')}: ${where}   ${t('cli_targets')}: ${targets}`);
    const findings = [...analysis.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    for (const finding of findings) {
      const text = findingText(finding, analysis, t, locale);
      out.push('', `  [${text.severity}] ${text.title}  (${finding.rule})`);
      out.push(wrap(text.why, '    '));
      for (const e of finding.evidence.slice(0, 3)) out.push(wrap(`“${e.text.replace(/\s+/g, ' ').trim()}”`, '      '));
      out.push(wrap(`${t('cli_ask')}: ${text.ask}`, '    '));
      out.push(wrap(`${t('cli_basis')}: ${finding.basis.map((b) => [b.instrument, b.provision].filter(Boolean).join(', ')).join('; ')}`, '    '));
    }
    if (!findings.length) out.push(`  ${t(`verdict_${analysis.verdict.replace(/-/g, '_')}_long`)}`);
    out.push('');
  }
  return out.join('\n');
}
