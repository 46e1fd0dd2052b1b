// Reads the page's ads: the whole page when it is first seen, navigated or changed, and only the
// appended elements when the page merely added some (infinite scroll). Each read is one queued task.

import type { PageAd, PageRead } from '../../boards/index';
import type { PageStatus } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import type { WorkQueue } from '../../utils/work-queue';
import { boardAddress, readAddedCards } from './added-cards';
import type { DomChange } from './dom-watcher';
import { pageMode } from './page-mode';
import { readForMode } from './page-read';
import { DEMO, READ_ADDED_MEASURE, READ_MEASURE } from './stats';

/** More additions than this in one batch: the page was rebuilt, read it whole. */
const MAX_ADDED = 200;

/** On other sites only structured data matters: other changes (a busy web app) are not read. */
const STRUCTURED_DATA = 'script[type="application/ld+json"], [itemtype*="JobPosting" i]';
const bringsStructuredData = (el: Element) => el.matches(STRUCTURED_DATA) || el.querySelector(STRUCTURED_DATA) !== null;

export interface ScanEvents {
  /** The page's ads now; `fresh` are those read this time. */
  onRead(read: PageRead, fresh: readonly PageAd[]): void;
  /** Nothing to read here (switched off, not a job page): show nothing. */
  onQuiet(status: PageStatus): void;
}

function timedRead<T>(name: string, read: () => T): T {
  if (!DEMO) return read();
  const start = performance.now();
  const result = read();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

export class PageScanner {
  read: PageRead | undefined;
  /** Where the last whole-page read happened, and the board address its readers saw. */
  private readHref = '';
  private readAddress: URL | undefined;
  private scanQueued = false;
  private added: Element[] = [];
  private structuredOnly = false;
  /** Switched off or not a job page: that depends on the address and settings, not on the DOM. */
  private idle = false;

  constructor(
    private readonly queue: WorkQueue,
    private readonly settings: () => Settings,
    private readonly events: ScanEvents,
  ) {}

  /** Reads the whole page (once per queued turn, however many changes asked). */
  scan(): void {
    this.scanQueued = true;
    this.queue.push(() => this.readPage(), 'scan');
  }

  /** Only elements added: read just those; anything else: the whole page. */
  onDomChange(change: DomChange): void {
    if (this.idle) return;
    if (this.structuredOnly) {
      if (change.added.some(bringsStructuredData)) this.scan();
      return;
    }
    const read = this.read;
    const inDetail = (el: Element) => read?.ads.some((a) => a.kind === 'detail' && (a.element.contains(el) || el.contains(a.element)));
    if (change.other || !read || !this.readAddress || change.added.length > MAX_ADDED || change.added.some(inDetail)) return this.scan();
    this.added.push(...change.added);
    this.queue.push(() => this.readAdded(), 'added');
  }

  private readPage(): void {
    this.scanQueued = false;
    this.added = [];
    const url = new URL(location.href);
    const mode = pageMode(url, this.settings(), DEMO);
    this.structuredOnly = mode.kind === 'structured';
    this.idle = mode.kind === 'off';
    if (mode.kind === 'off') return this.quiet(mode.status);
    const read = timedRead(READ_MEASURE, () => readForMode(mode, document, url, this.settings()));
    if ('disabled' in read) return this.quiet('disabled');
    this.read = mode.kind === 'structured' && read.status !== 'ok' ? { ...read, status: 'ok', ads: [] } : read;
    this.readHref = location.href;
    this.readAddress = mode.kind === 'board' && read.status === 'ok' ? boardAddress(document, url) : undefined;
    this.events.onRead(this.read, this.read.ads);
  }

  private readAdded(): void {
    const added = this.added;
    this.added = [];
    const read = this.read;
    const address = this.readAddress;
    if (this.scanQueued || added.length === 0) return;
    if (!read || !address || location.href !== this.readHref) return this.scan();
    const ads = timedRead(READ_ADDED_MEASURE, () => readAddedCards(added, document, address));
    if (!ads) return this.scan();
    if (ads.length === 0) return;
    const fresh = new Set(ads.map((a) => a.element));
    this.read = { ...read, ads: [...read.ads.filter((a) => a.element.isConnected && !fresh.has(a.element)), ...ads] };
    this.events.onRead(this.read, ads);
  }

  private quiet(status: PageStatus): void {
    this.read = undefined;
    this.readAddress = undefined;
    this.events.onQuiet(status);
  }
}
