// @vitest-environment happy-dom
// The DOM watcher only collects records in the observer; one queued task later sums up the batch
// (elements added, or anything else) — our own overlay hosts coming and going are not a change.
import { describe, expect, it, vi } from 'vitest';
import { watchDom } from '../../../entrypoints/content/dom-watcher';
import { createWorkQueue } from '../../../utils/work-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  document.body.innerHTML = '<ul id="list"><li>Staff Nurse</li></ul>';
  const slices: Array<() => void> = [];
  const queue = createWorkQueue({ defer: (run) => slices.push(run) });
  const onChange = vi.fn();
  const own = (node: Node) => node.nodeName === 'RECRUIT-LENS-OVERLAY';
  const stop = watchDom(document.body, queue, onChange, own);
  return { slices, onChange, stop, list: document.getElementById('list')! };
}

describe('watchDom', () => {
  it('reports a batch of page changes once, from a queued task, not from the observer', async () => {
    const { slices, onChange, list } = setup();
    for (let i = 0; i < 20; i++) list.append(Object.assign(document.createElement('li'), { textContent: `Carer ${i}` }));
    await tick();
    expect(onChange).not.toHaveBeenCalled();
    expect(slices).toHaveLength(1);
    slices.shift()!();
    expect(onChange).toHaveBeenCalledTimes(1);
    const change = onChange.mock.calls[0]![0];
    expect(change.other).toBe(false);
    expect(change.added).toHaveLength(20);
    expect(change.added[0].textContent).toBe('Carer 0');
  });

  it('tells removals apart from additions', async () => {
    const { slices, onChange, list } = setup();
    list.firstElementChild!.remove();
    await tick();
    slices.shift()!();
    expect(onChange).toHaveBeenCalledWith({ added: [], other: true });
  });

  it('ignores our own hosts being added', async () => {
    const { slices, onChange, list } = setup();
    list.firstElementChild!.append(document.createElement('recruit-lens-overlay'));
    await tick();
    slices.shift()?.();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('sees text changed in place', async () => {
    const { slices, onChange, list } = setup();
    list.firstElementChild!.firstChild!.nodeValue = 'Midwife';
    await tick();
    slices.shift()?.();
    expect(onChange).toHaveBeenCalledWith({ added: [], other: true });
  });

  it('stops when asked', async () => {
    const { slices, onChange, list, stop } = setup();
    stop();
    list.append(document.createElement('li'));
    await tick();
    slices.shift()?.();
    expect(onChange).not.toHaveBeenCalled();
  });
});
