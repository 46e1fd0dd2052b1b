// Keeps one overlay host per ad element (card or open detail) in step with the latest results:
// creates, re-renders, moves or removes hosts, one small task per element. Hosts are keyed by the
// element and carry the job id they show, so a reused element never keeps another job's badge.

import { isPlaced, placeHost } from './placement';
import { createOverlayHost, isOverlayHost, type OverlayHost } from './overlay-host';

export interface LayerItem {
  element: Element;
  kind: 'card' | 'detail';
  adId: string;
  title: string | undefined;
  /** Changes whenever what the host shows changes (verdict, count, language, open state). */
  renderKey: string;
}

export type RenderHost = (item: LayerItem, host: OverlayHost) => void;

interface Placed {
  host: OverlayHost;
  adId: string;
  renderKey: string;
}

export class OverlayLayer {
  private placed = new Map<Element, Placed>();
  /** Hosts currently showing: one the page removes is put back; one we removed is not news. */
  private live = new Set<Node>();

  constructor(private readonly render: RenderHost) {}

  /** The tasks that bring the page to `items` (run them in order, in any slices). */
  plan(items: readonly LayerItem[]): Array<() => void> {
    const wanted = new Map(items.map((item) => [item.element, item]));
    const tasks: Array<() => void> = [];
    for (const [element, placed] of this.placed) {
      if (!wanted.has(element) || !element.isConnected) tasks.push(() => this.remove(element, placed));
    }
    for (const item of items) {
      const placed = this.placed.get(item.element);
      if (placed && placed.adId === item.adId && placed.renderKey === item.renderKey && isPlaced(item.element, placed.host.host)) continue;
      tasks.push(() => this.show(item));
    }
    return tasks;
  }

  /** The hosts showing one job (to focus its badge after the panel closes). */
  hostsFor(adId: string): HTMLElement[] {
    return [...this.placed.values()].filter((p) => p.adId === adId && p.host.host.isConnected).map((p) => p.host.host);
  }

  /** Forget render keys so every host is drawn again (language or settings changed). */
  invalidate(): void {
    for (const placed of this.placed.values()) placed.renderKey = '';
  }

  clear(): void {
    for (const [element, placed] of this.placed) this.remove(element, placed);
  }

  /** For the DOM watcher: our own insertions and removals are not page changes. */
  readonly own = (node: Node, added: boolean): boolean => isOverlayHost(node) && (added || !this.live.has(node));

  private show(item: LayerItem): void {
    if (!item.element.isConnected) return;
    let placed = this.placed.get(item.element);
    if (!placed) {
      placed = { host: createOverlayHost(item.kind, item.adId), adId: item.adId, renderKey: '' };
      this.placed.set(item.element, placed);
      this.live.add(placed.host.host);
    }
    const { host } = placed.host;
    host.dataset.adId = item.adId;
    host.dataset.kind = item.kind;
    placed.adId = item.adId;
    if (!isPlaced(item.element, host)) placeHost(item.element, item.title, host);
    this.render(item, placed.host);
    placed.renderKey = item.renderKey;
  }

  private remove(element: Element, placed: Placed): void {
    if (this.placed.get(element) !== placed) return;
    this.placed.delete(element);
    this.live.delete(placed.host.host);
    placed.host.host.remove();
  }
}
