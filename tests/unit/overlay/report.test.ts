// utils/report.ts: the prefilled report holds the title, employer, URL, date seen, each finding
// with its rule, words of the ad and basis, and the rules version; the mailto link carries it whole.
import { describe, expect, it } from 'vitest';
import { countryName } from '../../../components/i18n/country-names';
import { OVERLAY_CATALOGS } from '../../../components/i18n/catalogs';
import { translator, type Locale } from '../../../components/i18n/translate';
import { analyze } from '../../../rules/analyze';
import type { JobAd } from '../../../rules/schema';
import { reportChannels } from '../../../utils/channels';
import { buildReport, mailtoHref } from '../../../utils/report';

const AD: JobAd = {
  id: 'linkedin:4012345678',
  title: 'Registered Nurse – Nursing Home (Visa Sponsorship)',
  employer: 'Thornfield Care Recruitment Ltd',
  location: 'Birmingham, England, United Kingdom',
  url: 'https://www.linkedin.com/jobs/view/4012345678/',
  description:
    'Thornfield Care Recruitment is recruiting registered nurses for a nursing home group in the West Midlands, United Kingdom. Nigerian nurses wanted! Interviews are held in Lagos and Abuja every month. Salary £28,000 – £32,000 a year. A registration fee of £450 is payable before your interview is confirmed. Your passport will be kept by the employer for safekeeping during your first 12 months.',
};
const SEEN = new Date('2026-11-20T09:30:00Z');

function reportIn(locale: Locale, ad: JobAd = AD) {
  const analysis = analyze(ad);
  return { analysis, report: buildReport({ ad, analysis, url: ad.url ?? 'https://example.test/', seenAt: SEEN }, translator(OVERLAY_CATALOGS, locale), (iso) => countryName(iso, locale)) };
}

describe('buildReport', () => {
  it('holds the ad, where and when it was seen, every finding with its quote and basis, and the rules version', () => {
    const { analysis, report } = reportIn('en');
    expect(analysis.findings.length).toBeGreaterThan(1);
    expect(report.subject).toBe(`Job advert that may breach the WHO Code on recruiting health workers: ${AD.title}`);
    expect(report.text).toBe(`${report.subject}\n\n${report.body}`);
    const lines = report.body.split('\n');
    expect(lines).toContain(`Job title: ${AD.title}`);
    expect(lines).toContain(`Employer or agency: ${AD.employer}`);
    expect(lines).toContain(`Location: ${AD.location}`);
    expect(lines).toContain(`Web address: ${AD.url}`);
    expect(lines).toContain('Date seen: 2026-11-20');
    expect(lines).toContain('Job in: United Kingdom');
    expect(lines).toContain(`What Recruit Lens found (${analysis.findings.length}):`);
    analysis.findings.forEach((finding, i) => {
      expect(report.body).toMatch(new RegExp(`^${i + 1}\\. \\[.+\\] .+ \\(${finding.rule}\\)$`, 'm'));
      for (const span of finding.evidence) expect(report.body).toContain(`Words of the advert: “${span.text.replace(/\s+/g, ' ').trim()}”`);
      for (const basis of finding.basis) expect(report.body).toContain(`Basis: ${basis.instrument}`);
    });
    expect(report.body).toContain(`rules version ${analysis.rulesVersion}`);
  });

  it('lists only the findings it is given (hidden cautions stay out)', () => {
    const { analysis } = reportIn('en');
    const serious = analysis.findings.filter((f) => f.severity === 'serious');
    const report = buildReport({ ad: AD, analysis, findings: serious, url: 'u', seenAt: SEEN }, translator(OVERLAY_CATALOGS, 'en'), (iso) => iso);
    expect(report.body).toContain(`What Recruit Lens found (${serious.length}):`);
    for (const f of analysis.findings) expect(report.body.includes(`(${f.rule})`)).toBe(f.severity === 'serious');
  });

  it('says "not stated" for missing fields and speaks the reader\'s language', () => {
    const bare: JobAd = { id: 'text:1', description: 'Care assistants needed. Apply now.' };
    const { report } = reportIn('fr', bare);
    expect(report.subject).toContain('(annonce sans titre)');
    expect(report.body).toContain('Employeur ou agence\u00a0: non précisé');
    expect(report.body).toContain('Lieu\u00a0: non précisé');
    expect(reportIn('pt').report.body).toContain('Cargo: Registered Nurse');
  });
});

describe('mailtoHref and channels', () => {
  it('puts the subject and body in the link, percent-encoded, for the user to send', () => {
    const { report } = reportIn('en');
    const href = mailtoHref('internationalrecruitment@nhsconfed.org', report);
    expect(href.startsWith('mailto:internationalrecruitment@nhsconfed.org?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(report.subject);
    expect(url.searchParams.get('body')).toBe(report.body);
    expect(href).not.toMatch(/[\s“”£]/);
  });

  it('gives the destination\'s recorded channels, and none where none are recorded', () => {
    expect(reportChannels('GB').map((c) => c.id)).toEqual(['nhs-employers', 'eas', 'glaa', 'modern-slavery-helpline', 'acas']);
    expect(reportChannels('GB')[0]).toMatchObject({ email: 'internationalrecruitment@nhsconfed.org', handlesKey: 'channel_nhs_employers' });
    expect(reportChannels('US').map((c) => c.email)).toEqual(['staff@cgfnsalliance.org']);
    expect(reportChannels('SA')).toEqual([]);
    expect(reportChannels(null)).toEqual([]);
  });
});
