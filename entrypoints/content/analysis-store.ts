// The page's analysis results, keyed by the board's job id. Asks the background (where the engine
// runs) only for ads it has not analysed in this form, in batches, and keeps the fullest result
// per job: a card read after its detail keeps the detail's analysis.

import type { PageAd } from '../../boards/types';
import type { Locale } from '../../components/i18n/translate';
import type { JobAd } from '../../rules/schema';
import type { AnalyzeReply, AnalyzedAd } from '../../utils/messages';
import { fingerprint } from './fingerprint';

export interface AdRequest {
  ad: JobAd;
  fingerprint: string;
  fromDetail: boolean;
}

interface Entry {
  fingerprint: string;
  fromDetail: boolean;
  result: AnalyzedAd;
  /** The ad as analysed (for evidence and reports). */
  ad: JobAd;
}

export type Analyze = (ads: JobAd[]) => Promise<AnalyzeReply>;

export const BATCH_SIZE = 25;

export class AnalysisStore {
  private entries = new Map<string, Entry>();
  /** The latest form of each job asked about: an older reply arriving late is dropped. */
  private latest = new Map<string, string>();
  private pending = new Set<string>();
  private firstSeen = new Map<string, Date>();
  readonly countries = new Map<string, Record<Locale, string>>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** The ads of a page read that need analysing: one per job id, the detail if open. */
  wanted(pageAds: readonly PageAd[]): AdRequest[] {
    const byId = new Map<string, PageAd>();
    for (const pageAd of pageAds) {
      const seen = byId.get(pageAd.ad.id);
      if (!seen || (seen.kind === 'card' && pageAd.kind === 'detail')) byId.set(pageAd.ad.id, pageAd);
      if (!this.firstSeen.has(pageAd.ad.id)) this.firstSeen.set(pageAd.ad.id, this.clock());
    }
    const requests: AdRequest[] = [];
    for (const [id, pageAd] of byId) {
      const fromDetail = pageAd.kind === 'detail';
      const known = this.entries.get(id);
      const print = fingerprint(pageAd.ad);
      if (known && (known.fingerprint === print || (!fromDetail && known.fromDetail))) continue;
      if (this.pending.has(`${id}|${print}`)) continue;
      requests.push({ ad: pageAd.ad, fingerprint: print, fromDetail });
    }
    return requests;
  }

  /**
   * Sends the requests in batches; `onBatch` runs after each reply is stored. `wrap` runs the storing
   * of each reply (demo builds time it).
   */
  async analyze(requests: readonly AdRequest[], analyze: Analyze, onBatch: () => void, wrap: (store: () => void) => void = (store) => store()): Promise<void> {
    for (const r of requests) {
      this.latest.set(r.ad.id, r.fingerprint);
      this.pending.add(`${r.ad.id}|${r.fingerprint}`);
    }
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      const batch = requests.slice(i, i + BATCH_SIZE);
      try {
        const reply = await analyze(batch.map((r) => r.ad));
        wrap(() => this.store(batch, reply));
      } catch (error) {
        for (const r of batch) this.pending.delete(`${r.ad.id}|${r.fingerprint}`);
        console.warn('[recruit-lens] the analysis did not come back; will retry on the next change', error);
      }
      onBatch();
    }
  }

  private store(batch: readonly AdRequest[], reply: AnalyzeReply): void {
    for (const [iso, names] of Object.entries(reply.countries)) this.countries.set(iso, names);
    reply.results.forEach((result, k) => {
      const request = batch[k];
      if (!request || request.ad.id !== result.id) return;
      this.pending.delete(`${result.id}|${request.fingerprint}`);
      if (this.latest.get(result.id) !== request.fingerprint) return;
      this.entries.set(result.id, { fingerprint: request.fingerprint, fromDetail: request.fromDetail, result, ad: request.ad });
    });
  }

  result(id: string): AnalyzedAd | undefined {
    return this.entries.get(id)?.result;
  }

  /** The ad as it was analysed (the detail's fuller text when there was one). */
  adFor(id: string): JobAd | undefined {
    return this.entries.get(id)?.ad;
  }

  seenAt(id: string): Date {
    return this.firstSeen.get(id) ?? this.clock();
  }

  dismiss(id: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.result = { ...entry.result, dismissed: true };
  }
}
