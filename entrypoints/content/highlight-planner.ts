// Schedules the highlight work for a drawing of the page: the elements whose marks are stale, one
// small task each, then one task that shows them all. A newer drawing cancels an older one's tasks.

import type { WorkQueue } from '../../utils/work-queue';
import { clearHighlights, HighlightPainter, highlightsSupported, type HighlightTarget } from './highlights';

export class HighlightPlanner {
  private readonly painter = new HighlightPainter();
  private round = 0;

  /** `onShown` runs with the number of ranges shown (the page needs our highlight colours once). */
  constructor(
    private readonly queue: WorkQueue,
    private readonly onShown: (ranges: number) => void,
  ) {}

  plan(targets: readonly HighlightTarget[], enabled: boolean): void {
    const round = ++this.round;
    if (!highlightsSupported()) return;
    if (!enabled) return clearHighlights();
    for (const target of targets) {
      if (this.painter.stale(target)) this.queue.push(() => round === this.round && this.painter.mark(target));
    }
    this.queue.push(() => round === this.round && this.onShown(this.painter.show(targets)));
  }

  clear(): void {
    this.round++;
    clearHighlights();
  }
}
