// Demo builds record each stretch of our main-thread work as a performance measure named
// "recruit-lens", which the benchmark sums (scripts/bench/page.ts). Production builds record nothing.

export const DEMO = import.meta.env.MODE === 'demo';
export const WORK_MEASURE = 'recruit-lens';
/** The board readers' share of that work (boards/readPage), measured inside the slices: the whole page… */
export const READ_MEASURE = 'recruit-lens:read';
/** …or only the cards the page appended (infinite scroll). */
export const READ_ADDED_MEASURE = 'recruit-lens:read-added';

export function recordWork(start: number, end: number): void {
  if (DEMO) performance.measure(WORK_MEASURE, { start, end });
}

/** Runs `fn`, recording its time in demo builds (for work outside the queue's slices). */
export function timed<T>(fn: () => T): T {
  if (!DEMO) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    recordWork(start, performance.now());
  }
}
