// Runs the rules engine for the pages (its data is too big for a content script): validates the
// ads, analyses each one (an ad that breaks the engine gets "not enough data", never "no concern"),
// and adds the names of the countries the results mention, in every UI language.

import { countryName } from '../../components/i18n/country-names';
import { LOCALES, type Locale } from '../../components/i18n/translate';
import { analyze } from '../../rules/analyze';
import { RULES_VERSION } from '../../rules/data/index';
import { JobAd, type Analysis } from '../../rules/schema';
import { fold } from '../../rules/text/fold';
import { tokenize } from '../../rules/text/tokens';
import { verdictOf } from '../../rules/verdict';
import { handleMessage } from '../../utils/message-bus';
import type { AnalyzeReply, AnalyzedAd } from '../../utils/messages';
import type { DismissedAds } from './dismissed';
import type { TabResultsStore } from './tab-results';

function unreadableAnalysis(reason: string): Analysis {
  return { health: true, destination: null, international: false, targets: [], verdict: 'not-enough-data', findings: [], text: '', rulesVersion: RULES_VERSION, errors: [reason] };
}

/** The verdict when the user hides caution findings: the engine's own rule, without them. */
export function quietVerdictOf(analysis: Analysis, partial: boolean): Analysis['verdict'] {
  if (analysis.verdict !== 'caution') return analysis.verdict;
  const kept = analysis.findings.filter((f) => f.severity !== 'caution');
  return verdictOf(analysis.health, kept, tokenize(fold(analysis.text)).length, partial);
}

function analyzeOne(raw: unknown, dismissed: DismissedAds): { ad: JobAd | undefined; result: AnalyzedAd } {
  const id = String((raw as { id?: unknown } | null)?.id ?? '');
  const parsed = JobAd.safeParse(raw);
  if (!parsed.success) {
    console.warn('[recruit-lens] an ad from the page was not valid', parsed.error.issues[0]);
    const analysis = unreadableAnalysis('invalid ad');
    return { ad: undefined, result: { id, analysis, quietVerdict: analysis.verdict, dismissed: dismissed.has(id) } };
  }
  const ad = parsed.data;
  let analysis: Analysis;
  try {
    analysis = analyze(ad);
    if (analysis.errors?.length) console.warn(`[recruit-lens] rules failed on ${ad.id}`, analysis.errors);
  } catch (error) {
    console.warn(`[recruit-lens] the engine failed on ${ad.id}`, error);
    analysis = unreadableAnalysis(String((error as Error)?.message ?? error));
  }
  return { ad, result: { id: ad.id, analysis, quietVerdict: quietVerdictOf(analysis, ad.partial === true), dismissed: dismissed.has(ad.id) } };
}

function countriesOf(results: readonly AnalyzedAd[]): AnalyzeReply['countries'] {
  const isos = new Set<string>();
  for (const { analysis } of results) {
    if (analysis.destination) isos.add(analysis.destination);
    for (const iso of analysis.targets) isos.add(iso);
    for (const finding of analysis.findings) {
      for (const iso of finding.countries ?? []) isos.add(iso);
      for (const iso of finding.params?.countries?.split(',') ?? []) if (iso) isos.add(iso);
    }
  }
  const names: AnalyzeReply['countries'] = {};
  for (const iso of isos) names[iso] = Object.fromEntries(LOCALES.map((l) => [l, countryName(iso, l)])) as Record<Locale, string>;
  return names;
}

export function analyzeForPage(ads: readonly unknown[], dismissed: DismissedAds): { reply: AnalyzeReply; analysed: Array<{ ad: JobAd; analysis: Analysis }> } {
  const done = ads.map((raw) => analyzeOne(raw, dismissed));
  const results = done.map((d) => d.result);
  const analysed = done.flatMap((d) => (d.ad ? [{ ad: d.ad, analysis: d.result.analysis }] : []));
  return { reply: { results, countries: countriesOf(results) }, analysed };
}

export function registerAnalysis(tabs: TabResultsStore, dismissed: DismissedAds): void {
  handleMessage('analyze', async (message, sender) => {
    await dismissed.ready;
    const { reply, analysed } = analyzeForPage(Array.isArray(message.ads) ? message.ads : [], dismissed);
    if (sender.tab?.id !== undefined) await tabs.recordAnalyses(sender.tab.id, analysed);
    return reply;
  });
}
