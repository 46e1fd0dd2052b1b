// The engine side of the overlay browser tests, run in a tsx child process (Playwright's loader
// can't import the rules data's JSON modules): reads pages the way the content script does and
// analyses them with rules/analyze, and builds the report text the panel must show.
// Input on stdin: {"task":"page","html","url","detailsSeen"} or {"task":"report","ad","url","seenAt"}.

import { readFileSync } from 'node:fs';
import { readPage } from '../../boards/index';
import { parseHtml } from '../../boards/parse-html';
import { countryName } from '../../components/i18n/country-names';
import { OVERLAY_CATALOGS } from '../../components/i18n/catalogs';
import { translator } from '../../components/i18n/translate';
import { destinationByIso } from '../../rules/data/index';
import { analyze } from '../../rules/analyze';
import type { Analysis, JobAd } from '../../rules/schema';
import { buildReport } from '../../utils/report';
import type { ExpectedAd, ExpectedPage } from './overlay-expect';

const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** The body's text without scripts and styles (JSON-LD is not text the page shows). */
function visibleText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  body?.querySelectorAll('script, style, template, noscript, recruit-lens-overlay').forEach((el) => el.remove());
  return body?.textContent ?? '';
}

/** One analysis per job id, from the open detail when there is one (or one seen earlier). */
export function expectPage(html: string, url: string, detailsSeen: Record<string, JobAd>): ExpectedPage & { detailsSeen: Record<string, JobAd> } {
  const doc = parseHtml(html, url);
  const read = readPage(doc, new URL(url));
  const seen = { ...detailsSeen };
  for (const pageAd of read.ads) if (pageAd.kind === 'detail') seen[pageAd.ad.id] = pageAd.ad;
  const analyses = new Map<string, { ad: JobAd; analysis: Analysis }>();
  for (const pageAd of read.ads) {
    if (analyses.has(pageAd.ad.id)) continue;
    const ad = seen[pageAd.ad.id] ?? pageAd.ad;
    analyses.set(pageAd.ad.id, { ad, analysis: analyze(ad) });
  }
  const all: ExpectedAd[] = read.ads.map((pageAd) => {
    const { ad, analysis } = analyses.get(pageAd.ad.id)!;
    return { id: pageAd.ad.id, kind: pageAd.kind, title: pageAd.ad.title ?? '', ad, analysis, verdict: analysis.verdict, rules: analysis.findings.map((f) => f.rule) };
  });
  return {
    board: read.board,
    status: read.status,
    health: all.filter((a) => a.analysis.health),
    quiet: all.filter((a) => !a.analysis.health),
    squeezedText: squeeze(visibleText(doc)),
    detailsSeen: seen,
  };
}

export function expectReport(ad: JobAd, url: string, seenAt: string) {
  const analysis = analyze(ad);
  const t = translator(OVERLAY_CATALOGS, 'en');
  const report = buildReport({ ad, analysis, url, seenAt: new Date(seenAt) }, t, (iso) => countryName(iso, 'en'));
  const channels = analysis.destination ? destinationByIso.get(analysis.destination)?.channels ?? [] : [];
  return { report, channels: channels.map((c) => ({ id: c.id, email: c.email ?? null })) };
}

const input = JSON.parse(readFileSync(0, 'utf8')) as { task: string; [key: string]: unknown };
const output = input.task === 'report'
  ? expectReport(input.ad as JobAd, input.url as string, input.seenAt as string)
  : expectPage(input.html as string, input.url as string, (input.detailsSeen as Record<string, JobAd>) ?? {});
process.stdout.write(JSON.stringify(output));
