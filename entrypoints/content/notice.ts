// The "can't read this page" notice for a board page whose markup we could not read.

import { h, render } from 'preact';
import type { Words } from '../../components/findings/words';
import { PageNotice } from '../../components/overlay/page-notice';
import { createOverlayHost, type OverlayHost } from './overlay-host';

export class NoticeController {
  private host: OverlayHost | undefined;
  private dismissed = false;

  show(boardName: string, words: Words): void {
    if (this.dismissed) return;
    if (!this.host) {
      this.host = createOverlayHost('notice');
      (document.body ?? document.documentElement).append(this.host.host);
    }
    const onDismiss = () => {
      this.dismissed = true;
      this.hide();
    };
    render(h(PageNotice, { board: boardName, words, onDismiss }), this.host.mount);
  }

  hide(): void {
    if (!this.host) return;
    render(null, this.host.mount);
    this.host.host.remove();
    this.host = undefined;
  }
}
