// What the popup shows for a tab: its health ads, or the reason there are none. Never a bare empty
// list that could read as "no concern".

import { boardForUrl } from '../../../boards/index';
import type { PageStatus, TabAd, TabResults } from '../../../utils/messages';
import { boardActive, type Settings } from '../../../utils/settings';

export type EmptyReason = Exclude<PageStatus, 'ok'> | 'board-off' | 'not-read' | 'not-web';

export type PopupState =
  | { kind: 'ads'; ads: TabAd[]; host: string | undefined }
  | { kind: 'empty'; reason: EmptyReason; host: string | undefined; board?: string };

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

export function popupState(results: TabResults | null | undefined, tabUrl: string | undefined, settings: Settings): PopupState {
  const url = results?.url ?? tabUrl;
  const host = hostOf(url);
  if (host && settings.disabledSites.includes(host)) return { kind: 'empty', reason: 'disabled', host };
  if (results) {
    if (results.status === 'ok') {
      const ads = results.ads.filter((a) => a.summary.health || a.analysis.health);
      return ads.length > 0 ? { kind: 'ads', ads, host } : { kind: 'empty', reason: 'no-health', host };
    }
    return { kind: 'empty', reason: results.status, host, board: results.board };
  }
  if (!host) return { kind: 'empty', reason: 'not-web', host };
  const board = boardForUrl(url);
  if (board && !boardActive(settings, board.id)) return { kind: 'empty', reason: 'board-off', host, board: board.id };
  if (board || settings.anySite) return { kind: 'empty', reason: 'not-read', host, board: board?.id };
  return { kind: 'empty', reason: 'not-supported', host };
}
