// What the page overlay should show, computed the way the extension does it: the same readers
// (boards/) over the same HTML and the same engine (rules/analyze), never a hard-coded list. The
// engine runs in a tsx child process (overlay-engine.ts).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis, JobAd, RuleId, Verdict } from '../../rules/schema';
import type { Report } from '../../utils/report';

export interface ExpectedAd {
  id: string;
  kind: 'card' | 'detail';
  title: string;
  ad: JobAd;
  analysis: Analysis;
  verdict: Verdict;
  rules: RuleId[];
}

export interface ExpectedPage {
  board: string;
  status: 'ok' | 'unreadable';
  /** Every health ad on the page (one entry per card and per open detail). */
  health: ExpectedAd[];
  /** Ads the overlay must leave alone. */
  quiet: ExpectedAd[];
  /** The page's visible text without whitespace, lower-cased (which quotes can be highlighted). */
  squeezedText: string;
}

export const BOARD_FIXTURES = ['linkedin', 'indeed', 'nhs-jobs', 'reed', 'seek', 'glassdoor', 'jobberman']
  .flatMap((board) => [`boards/${board}/list.html`, `boards/${board}/detail.html`])
  .concat(['boards/generic/jsonld.html', 'boards/generic/microdata.html', 'boards/generic/cards.html']);

export function fixtureHtml(path: string): string {
  return readFileSync(join('tests/fixtures', path), 'utf8');
}

function engine<T>(request: object): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve('tests/e2e/overlay-engine.ts')], { input: JSON.stringify(request), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as T;
}

/**
 * Reads `html` as the content script would at `url`. `detailsSeen` (job id → the detail's ad) is
 * updated: a card keeps the analysis of its detail once the detail has been seen.
 */
export function expectedPage(html: string, url: string, detailsSeen: Record<string, JobAd> = {}): ExpectedPage {
  const result = engine<ExpectedPage & { detailsSeen: Record<string, JobAd> }>({ task: 'page', html, url, detailsSeen });
  Object.assign(detailsSeen, result.detailsSeen);
  return result;
}

/** The report the panel must show for `ad` seen on `seenAt` (English), and its channels. */
export function expectedReport(ad: JobAd, url: string, seenAt: Date): { report: Report; channels: Array<{ id: string; email: string | null }> } {
  return engine({ task: 'report', ad, url, seenAt: seenAt.toISOString() });
}

const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** Can the overlay highlight anything here: a finding quoting words that are on the page? */
export function hasHighlightableEvidence(page: ExpectedPage): boolean {
  return page.health.some((a) =>
    a.analysis.findings.some((f) => f.severity !== 'info' && f.evidence.some((e) => squeeze(e.text).length >= 3 && page.squeezedText.includes(squeeze(e.text)))),
  );
}
