// The scheduler: work runs in slices of at most the budget (a task is never cut), yields between
// slices, runs a keyed task once however often it is asked, and survives a task that throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../../utils/work-queue';

function harness(budgetMs = 8) {
  let clock = 0;
  const deferred: Array<() => void> = [];
  const slices: Array<[number, number]> = [];
  const queue = createWorkQueue({ budgetMs, now: () => clock, defer: (run) => deferred.push(run), onSlice: (a, b) => slices.push([a, b]) });
  const task = (ms: number, log?: string[], name?: string) => () => {
    clock += ms;
    if (log && name) log.push(name);
  };
  const runSlice = () => deferred.shift()?.();
  return { queue, task, runSlice, deferred, slices, advance: (ms: number) => (clock += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('work queue', () => {
  it('does nothing until the deferred slice runs, then stops at the budget and yields', () => {
    const { queue, task, runSlice, deferred, slices } = harness(8);
    const log: string[] = [];
    for (let i = 0; i < 10; i++) queue.push(task(3, log, `t${i}`));
    expect(log).toEqual([]);
    expect(deferred).toHaveLength(1);
    runSlice();
    expect(log).toEqual(['t0', 't1', 't2']);
    expect(deferred).toHaveLength(1);
    while (deferred.length) runSlice();
    expect(log).toHaveLength(10);
    expect(slices.every(([a, b]) => b - a <= 9)).toBe(true);
    expect(queue.pending).toBe(0);
  });

  it('runs a long task alone in its slice', () => {
    const { queue, task, runSlice } = harness(8);
    const log: string[] = [];
    queue.push(task(20, log, 'long'));
    queue.push(task(1, log, 'short'));
    runSlice();
    expect(log).toEqual(['long']);
    runSlice();
    expect(log).toEqual(['long', 'short']);
  });

  it('queues a keyed task once while it waits, and again once it has run', () => {
    const { queue, task, runSlice } = harness();
    const log: string[] = [];
    queue.push(task(1, log, 'scan'), 'scan');
    queue.push(task(1, log, 'scan'), 'scan');
    queue.push(task(1, log, 'draw'), 'draw');
    runSlice();
    expect(log).toEqual(['scan', 'draw']);
    queue.push(task(1, log, 'scan'), 'scan');
    runSlice();
    expect(log).toEqual(['scan', 'draw', 'scan']);
  });

  it('contains a task that throws and reports it in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { queue, task, runSlice } = harness();
    const log: string[] = [];
    queue.push(() => {
      throw new Error('reader broke');
    });
    queue.push(task(1, log, 'after'));
    runSlice();
    expect(log).toEqual(['after']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[recruit-lens]'), expect.any(Error));
  });

  it('forgets everything on clear', () => {
    const { queue, task, runSlice } = harness();
    const log: string[] = [];
    queue.push(task(1, log, 'a'), 'a');
    queue.clear();
    runSlice();
    expect(log).toEqual([]);
    queue.push(task(1, log, 'a'), 'a');
    runSlice();
    expect(log).toEqual(['a']);
  });
});
