// Reads the page for its mode. Never throws: a reader that fails is contained in boards/.

import { readPage, type PageRead } from '../../boards/index';
import { readStructuredAds } from '../../boards/json-ld';
import type { Settings } from '../../utils/settings';
import { boardOn } from '../../utils/settings-plain';
import type { PageMode } from './page-mode';

export type ReadResult = PageRead | { board: string; disabled: true };

export function readForMode(mode: Exclude<PageMode, { kind: 'off' }>, doc: Document, url: URL, settings: Settings): ReadResult {
  if (mode.kind === 'structured') {
    try {
      const { ads, readers } = readStructuredAds(doc, { pageUrl: url.href });
      return { board: 'generic', ads, status: ads.length > 0 ? 'ok' : 'unreadable', readers };
    } catch (error) {
      console.warn('[recruit-lens] structured data could not be read', error);
      return { board: 'generic', ads: [], status: 'unreadable', readers: [] };
    }
  }
  const read = readPage(doc, url);
  // Demo pages are matched to their board by markup: the board may be switched off.
  if (!mode.board && read.board !== 'generic' && !boardOn(settings, read.board)) return { board: read.board, disabled: true };
  return read;
}
