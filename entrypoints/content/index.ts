// The content script: on the supported boards (and, in demo builds, the project's pages on
// 127.0.0.1) it reads the ads, asks the background to analyse them, and draws the warnings.
// On other sites it runs only when the user opted in (registered by background/any-site.ts).

import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOARD_MATCHES } from '../../boards/hosts';
import { loadPlainSettings, plainSettings } from '../../utils/settings-plain';
import { Lens } from './lens';

export default defineContentScript({
  matches: import.meta.env.MODE === 'demo' ? [...BOARD_MATCHES, 'http://127.0.0.1/*'] : BOARD_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadPlainSettings().catch(() => plainSettings(undefined));
    if (ctx.isInvalid) return;
    new Lens(ctx, settings).start();
  },
});
