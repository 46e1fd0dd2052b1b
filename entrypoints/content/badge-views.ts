// The badge or banner inside each overlay host, created once and then updated in place.

import { createCardBadge, type BadgeProps, type BadgeView } from '../../components/overlay/card-badge';
import { createDetailBanner } from '../../components/overlay/detail-banner';
import type { OverlayHost } from './overlay-host';

export class BadgeViews {
  private views = new WeakMap<HTMLElement, { kind: 'card' | 'detail'; view: BadgeView }>();

  draw(host: OverlayHost, kind: 'card' | 'detail', props: BadgeProps): void {
    let drawn = this.views.get(host.host);
    if (drawn?.kind !== kind) {
      drawn = { kind, view: kind === 'card' ? createCardBadge(document) : createDetailBanner(document) };
      this.views.set(host.host, drawn);
      host.mount.replaceChildren(drawn.view.root);
    }
    drawn.view.update(props);
  }
}
