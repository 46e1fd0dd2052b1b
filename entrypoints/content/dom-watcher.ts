// Watches the page for changes without working inside the observer: the callback only collects
// records; one queued task later sums up the batch, leaving out our own overlay coming and going.

import type { WorkQueue } from '../../utils/work-queue';

/** Is this added (or removed) node our own doing? Then its record is ignored. */
export type OwnNode = (node: Node, added: boolean) => boolean;

export interface DomChange {
  /** Elements the page added (only additions: cards appended by infinite scroll, for example). */
  added: Element[];
  /** Anything else changed (removals, text edits): the page must be read again as a whole. */
  other: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function summarize(records: readonly MutationRecord[], own: OwnNode): DomChange | undefined {
  const change: DomChange = { added: [], other: false };
  for (const record of records) {
    if (record.type !== 'childList') {
      change.other = true;
      continue;
    }
    for (const node of Array.from(record.removedNodes)) if (!own(node, false)) change.other = true;
    for (const node of Array.from(record.addedNodes)) {
      if (own(node, true)) continue;
      if (node.nodeType === ELEMENT_NODE) change.added.push(node as Element);
      else if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) change.other = true;
    }
  }
  return change.other || change.added.length > 0 ? change : undefined;
}

export function watchDom(root: Node, queue: WorkQueue, onChange: (change: DomChange) => void, own: OwnNode): () => void {
  let records: MutationRecord[] = [];
  const flush = () => {
    const change = summarize(records, own);
    records = [];
    if (change) onChange(change);
  };
  const observer = new MutationObserver((batch) => {
    for (const record of batch) records.push(record);
    queue.push(flush, 'dom-changes');
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    records = [];
  };
}
