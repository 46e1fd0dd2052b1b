// What the page shows for the ads read and analysed so far: a host per health ad (not dismissed),
// the evidence to highlight, the summaries for the popup and the toolbar, and the page's status.

import { BOARDS, type PageAd, type PageRead } from '../../boards/index';
import { shownFindings, shownVerdict } from '../../components/overlay/display';
import type { Finding, Verdict } from '../../rules/schema';
import type { AdSummary, AnalyzedAd, PageStatus } from '../../utils/messages';
import type { HighlightTarget } from './highlights';
import type { LayerItem } from './overlay-layer';

/** One analysed ad as the user's settings show it. */
export interface Shown {
  result: AnalyzedAd;
  verdict: Verdict;
  findings: Finding[];
}

export function shownResult(result: AnalyzedAd, showCaution: boolean): Shown {
  return { result, verdict: shownVerdict(result, showCaution), findings: shownFindings(result.analysis.findings, showCaution) };
}

export interface PageView {
  items: LayerItem[];
  targets: HighlightTarget[];
  summaries: AdSummary[];
  status: PageStatus;
}

function summaryOf(pageAd: PageAd, { result, verdict, findings }: Shown): AdSummary {
  const employer = pageAd.ad.employer ?? pageAd.ad.agency;
  return { id: result.id, title: pageAd.ad.title ?? '', ...(employer ? { employer } : {}), verdict, health: result.analysis.health, rules: findings.map((f) => f.rule) };
}

function statusOf(read: PageRead, summaries: ReadonlyMap<string, AdSummary>): PageStatus {
  if (read.status === 'unreadable') return 'unreadable';
  const ids = new Set(read.ads.map((a) => a.ad.id));
  if (ids.size > 0 && summaries.size === ids.size && ![...summaries.values()].some((s) => s.health)) return 'no-health';
  return ids.size > 0 ? 'ok' : 'not-supported';
}

/** `openFor`: the job whose panel is open; `locale`: the overlay's language (part of each host's key). */
export function pageView(read: PageRead, shown: (id: string) => Shown | undefined, openFor: string | undefined, locale: string): PageView {
  const items: LayerItem[] = [];
  const targets: HighlightTarget[] = [];
  const summaries = new Map<string, AdSummary>();
  for (const pageAd of read.ads) {
    const view = shown(pageAd.ad.id);
    if (!view) continue;
    const { result, verdict, findings } = view;
    summaries.set(result.id, summaryOf(pageAd, view));
    if (!result.analysis.health || result.dismissed) continue;
    const key = `${verdict}|${findings.map((f) => f.rule).join(',')}`;
    items.push({ element: pageAd.element, kind: pageAd.kind, adId: result.id, title: pageAd.ad.title, renderKey: `${key}|${openFor === result.id}|${locale}` });
    targets.push({ element: pageAd.element, findings, key: `${result.id}|${key}` });
  }
  return { items, targets, summaries: [...summaries.values()], status: statusOf(read, summaries) };
}

export function boardName(id: string): string {
  return BOARDS.find((b) => b.id === id)?.name ?? id;
}
