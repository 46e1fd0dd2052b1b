// Ads whose badge the user hid: remembered for the browser session, across tabs.

import { handleMessage } from '../../utils/message-bus';
import { sessionArea } from './session-area';

const KEY = 'dismissed-ads';

export class DismissedAds {
  private ids = new Set<string>();
  readonly ready: Promise<void>;

  constructor() {
    this.ready = (async () => {
      const stored = (await sessionArea()?.get(KEY))?.[KEY];
      if (Array.isArray(stored)) for (const id of stored) if (typeof id === 'string') this.ids.add(id);
    })().catch((error) => console.warn('[recruit-lens] dismissed ads not restored', error));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  async add(id: string): Promise<void> {
    await this.ready;
    this.ids.add(id);
    await sessionArea()?.set({ [KEY]: [...this.ids] });
  }
}

export function registerDismissed(dismissed: DismissedAds): void {
  handleMessage('dismiss-ad', (message) => (typeof message.id === 'string' ? dismissed.add(message.id) : undefined));
}
