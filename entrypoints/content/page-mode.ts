// What the content script does on a page: read a supported board, read only structured JobPosting
// data (the any-site opt-in), or stay idle and say why.

import { BOARD_HOSTS } from '../../boards/hosts';
import { boardForUrl } from '../../boards/index';
import type { BoardReader } from '../../boards/types';
import type { PageStatus } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { boardOn } from '../../utils/settings-plain';

export type PageMode =
  /** A board page (its reader, structured data, then the text fallback); `board` unknown on demo pages. */
  | { kind: 'board'; board?: BoardReader }
  /** Any other site, opted in: JSON-LD and microdata JobPostings only; nothing shown without one. */
  | { kind: 'structured' }
  | { kind: 'off'; status: Exclude<PageStatus, 'ok' | 'unreadable' | 'no-health'> };

const BOARD_DOMAINS = Object.values(BOARD_HOSTS)
  .flat()
  .map((pattern) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1])
  .filter((domain): domain is string => domain !== undefined);

export function onBoardSite(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return BOARD_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const isLocalDemo = (url: URL) => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/** `demo`: demo builds read the project's board pages served from 127.0.0.1 like the boards. */
export function pageMode(url: URL, settings: Settings, demo: boolean): PageMode {
  if (settings.disabledSites.includes(url.hostname)) return { kind: 'off', status: 'disabled' };
  const board = boardForUrl(url);
  if (board) return boardOn(settings, board.id) ? { kind: 'board', board } : { kind: 'off', status: 'disabled' };
  if (onBoardSite(url)) return { kind: 'off', status: 'not-supported' };
  if (demo && isLocalDemo(url)) return { kind: 'board' };
  return settings.anySite ? { kind: 'structured' } : { kind: 'off', status: 'not-supported' };
}
