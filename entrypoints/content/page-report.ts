// Tells the background what the page shows (for the toolbar count and the popup): once things
// settle (a message costs the page a few milliseconds), and only when it changed.

import type { AdSummary, PageStatus, ToBackground } from '../../utils/messages';

export type PageResults = Extract<ToBackground, { type: 'page-results' }>;

export const REPORT_DELAY_MS = 250;

export class PageReporter {
  private last = '';
  private pending: PageResults | undefined;

  constructor(
    private readonly send: (message: PageResults) => Promise<unknown>,
    /** Runs `flush` after REPORT_DELAY_MS (the content script passes its context's timer). */
    private readonly later: (flush: () => void) => void = (flush) => setTimeout(flush, REPORT_DELAY_MS),
  ) {}

  report(url: string, board: string, status: PageStatus, ads: AdSummary[]): void {
    const first = this.pending === undefined;
    this.pending = { type: 'page-results', url, board, status, ads };
    if (first) this.later(() => this.flush());
  }

  private flush(): void {
    const message = this.pending;
    this.pending = undefined;
    if (!message) return;
    const key = JSON.stringify(message);
    if (key === this.last) return;
    this.last = key;
    this.send(message).catch((error) => {
      this.last = '';
      console.warn('[recruit-lens] could not update the toolbar count', error);
    });
  }
}
