// Runs the page's work in small slices off the critical path: each slice runs queued tasks until
// its budget is spent, then yields to the page (idle callback, else a timeout). A task that throws
// is reported in the console and the queue goes on.

export interface WorkQueueOptions {
  /** Milliseconds of work per slice; a slice always runs at least one task. */
  budgetMs?: number;
  now?: () => number;
  /** Calls `run` later, in a new task. */
  defer?: (run: () => void) => void;
  /** Each slice's start and end (demo builds record them for the benchmark). */
  onSlice?: (start: number, end: number) => void;
}

export interface WorkQueue {
  /** Queues a task; with a key, a task of the same key still waiting is not queued twice. */
  push(task: () => void, key?: string): void;
  readonly pending: number;
  clear(): void;
}

export function defaultDefer(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 100 });
  else setTimeout(run, 0);
}

export function createWorkQueue({ budgetMs = 8, now = () => performance.now(), defer = defaultDefer, onSlice }: WorkQueueOptions = {}): WorkQueue {
  const tasks: Array<{ task: () => void; key?: string }> = [];
  const waiting = new Set<string>();
  let scheduled = false;

  const slice = () => {
    scheduled = false;
    const start = now();
    do {
      const next = tasks.shift();
      if (!next) break;
      if (next.key !== undefined) waiting.delete(next.key);
      try {
        next.task();
      } catch (error) {
        console.warn('[recruit-lens] a page task failed; the page is unaffected', error);
      }
    } while (tasks.length > 0 && now() - start < budgetMs);
    onSlice?.(start, now());
    schedule();
  };

  const schedule = () => {
    if (scheduled || tasks.length === 0) return;
    scheduled = true;
    defer(slice);
  };

  return {
    push(task, key) {
      if (key !== undefined) {
        if (waiting.has(key)) return;
        waiting.add(key);
      }
      tasks.push({ task, key });
      schedule();
    },
    get pending() {
      return tasks.length;
    },
    clear() {
      tasks.length = 0;
      waiting.clear();
    },
  };
}
