// The one ad panel of the page: opens for a job id, re-renders when results or settings change,
// closes on Escape or the close button, and gives focus back to the badge that opened it.

import { h, render } from 'preact';
import { Panel, type PanelProps } from '../../components/overlay/panel';
import { createOverlayHost, type OverlayHost } from './overlay-host';

/** Everything the panel shows for one job, or undefined when the job is no longer known. */
export type PanelContent = (adId: string) => Omit<PanelProps, 'onClose' | 'startWithReport'> | undefined;

export class PanelController {
  private host: OverlayHost | undefined;
  private adId: string | undefined;
  private opener: HTMLElement | undefined;
  private startWithReport = false;

  constructor(
    private readonly content: PanelContent,
    private readonly onToggle: (adId: string) => void,
  ) {}

  get openFor(): string | undefined {
    return this.adId;
  }

  open(adId: string, opener?: HTMLElement, startWithReport = false): void {
    const previous = this.adId;
    this.adId = adId;
    this.opener = opener;
    this.startWithReport = startWithReport;
    if (this.host) render(null, this.host.mount); // a fresh panel (and focus) for the new ad
    this.refresh();
    if (previous && previous !== adId) this.onToggle(previous);
    this.onToggle(adId);
  }

  close(): void {
    const adId = this.adId;
    if (!adId) return;
    this.adId = undefined;
    if (this.host) {
      render(null, this.host.mount);
      this.host.host.remove();
      this.host = undefined;
    }
    const button = this.opener?.shadowRoot?.querySelector<HTMLElement>('button[aria-haspopup="dialog"]');
    if (this.opener?.isConnected && button) button.focus();
    this.opener = undefined;
    this.onToggle(adId);
  }

  /** Draws the panel again with the latest content; closes it if its job left the page. */
  refresh(): void {
    if (!this.adId) return;
    const props = this.content(this.adId);
    if (!props) {
      this.close();
      return;
    }
    if (!this.host) {
      this.host = createOverlayHost('panel', this.adId);
      (document.body ?? document.documentElement).append(this.host.host);
    }
    this.host.host.dataset.adId = this.adId;
    render(h(Panel, { ...props, startWithReport: this.startWithReport, onClose: () => this.close() }), this.host.mount);
  }

  /** Our panel host, for the DOM watcher. */
  owns(node: Node): boolean {
    return node === this.host?.host;
  }
}
