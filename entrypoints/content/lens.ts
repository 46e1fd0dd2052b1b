// The content script's loop: the scanner reads the page's ads, the background analyses the new
// ones, and the lens draws badges, the detail banner, the panel and highlights — all in small
// queued slices, again on every page change (DOM batch, SPA navigation) and settings change.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAd } from '../../boards/index';
import type { Words } from '../../components/findings/words';
import { countedFindings } from '../../components/overlay/display';
import type { PanelProps } from '../../components/overlay/panel';
import { reportChannels } from '../../utils/channels';
import { sendToBackground } from '../../utils/message-bus';
import type { PageStatus } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { watchPlainSettings } from '../../utils/settings-plain';
import { createWorkQueue } from '../../utils/work-queue';
import { AnalysisStore } from './analysis-store';
import { BadgeViews } from './badge-views';
import { watchDom } from './dom-watcher';
import { HighlightPlanner } from './highlight-planner';
import { NoticeController } from './notice';
import { OverlayLayer, type LayerItem } from './overlay-layer';
import type { OverlayHost } from './overlay-host';
import { PageReporter, REPORT_DELAY_MS } from './page-report';
import { boardName, pageView, shownResult, type Shown } from './page-view';
import { PanelController } from './panel-controller';
import { PageScanner } from './scanner';
import { recordWork, timed } from './stats';
import { overlayLocale, overlayWords } from './words';

const warn = (what: string) => (error: unknown) => console.warn(`[recruit-lens] ${what}`, error);

export class Lens {
  private readonly queue = createWorkQueue({ onSlice: recordWork });
  private readonly store = new AnalysisStore();
  private readonly scanner = new PageScanner(this.queue, () => this.settings, {
    onRead: (_read, fresh) => this.onRead(fresh),
    onQuiet: (status) => this.goQuiet(status),
  });
  private readonly layer = new OverlayLayer((item, host) => this.drawHost(item, host));
  private readonly badges = new BadgeViews();
  private readonly panel = new PanelController(
    (id) => this.panelContent(id),
    () => this.draw(),
  );
  private readonly notice = new NoticeController();
  private readonly highlights = new HighlightPlanner(this.queue, (ranges) => this.askHighlightStyle(ranges));
  private readonly reporter = new PageReporter(
    (message) => sendToBackground(message),
    (flush) => this.ctx.setTimeout(() => timed(flush), REPORT_DELAY_MS),
  );
  /** Undefined until the background sent the words of the reader's language. */
  private words: Words | undefined;
  private wordsLocale = '';
  private styleAsked = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
  ) {}

  start(): void {
    timed(() => {
      const stopDom = watchDom(document.documentElement, this.queue, (change) => this.scanner.onDomChange(change), this.layer.own);
      const stopSettings = watchPlainSettings((settings) => this.onSettings(settings));
      const onMessage = (message: unknown) => this.onMessage(message);
      browser.runtime.onMessage.addListener(onMessage);
      this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scanner.scan());
      this.ctx.onInvalidated(() => {
        stopDom();
        stopSettings();
        browser.runtime.onMessage.removeListener(onMessage);
        this.queue.clear();
        this.removeEverything();
      });
      this.loadWords();
      // The page's own loading comes first: the first read waits for its load event.
      if (document.readyState === 'complete') this.scanner.scan();
      else this.ctx.addEventListener(window, 'load', () => this.scanner.scan(), { once: true });
    });
  }

  private loadWords(): void {
    const locale = overlayLocale(this.settings);
    if (this.wordsLocale === locale) return;
    this.wordsLocale = locale;
    sendToBackground({ type: 'overlay-catalog', locale }).then(
      (catalog) =>
        timed(() => {
          if (this.wordsLocale !== locale) return;
          this.words = overlayWords(locale, catalog, this.store.countries);
          this.layer.invalidate();
          this.draw();
        }),
      (error) => {
        this.wordsLocale = '';
        warn('the overlay text did not load')(error);
      },
    );
  }

  private onRead(fresh: readonly PageAd[]): void {
    const requests = this.store.wanted(fresh);
    if (requests.length > 0) void this.store.analyze(requests, (ads) => sendToBackground({ type: 'analyze', ads }), () => this.draw(), timed);
    this.draw();
  }

  private shown(id: string): Shown | undefined {
    const result = this.store.result(id);
    return result && shownResult(result, this.settings.showCaution);
  }

  private draw(): void {
    this.queue.push(() => this.drawNow(), 'draw');
  }

  private drawNow(): void {
    const { read } = this.scanner;
    const { words } = this;
    if (!read || !words) return;
    const view = pageView(read, (id) => this.shown(id), this.panel.openFor, words.locale);
    for (const task of this.layer.plan(view.items)) this.queue.push(task);
    this.highlights.plan(view.targets, this.settings.highlights);
    this.queue.push(() => this.panel.refresh(), 'panel');
    if (view.status === 'unreadable' && read.board !== 'generic') this.notice.show(boardName(read.board), words);
    else this.notice.hide();
    this.reporter.report(location.href, read.board, view.status, view.summaries);
  }

  private drawHost(item: LayerItem, host: OverlayHost): void {
    const shown = this.shown(item.adId);
    if (!shown || !this.words) return;
    this.badges.draw(host, item.kind, {
      verdict: shown.verdict,
      count: countedFindings(shown.findings),
      expanded: this.panel.openFor === item.adId,
      words: this.words,
      onOpen: () => this.panel.open(item.adId, host.host),
      onDismiss: () => this.dismiss(item.adId),
    });
  }

  private askHighlightStyle(ranges: number): void {
    if (ranges === 0 || this.styleAsked) return;
    this.styleAsked = true;
    sendToBackground({ type: 'highlight-style' }).catch(warn('highlight colours unavailable'));
  }

  private panelContent(id: string): Omit<PanelProps, 'onClose' | 'startWithReport'> | undefined {
    const shown = this.shown(id);
    const ad = this.store.adFor(id);
    const { read } = this.scanner;
    const { words } = this;
    if (!shown || !ad || !read || !words || !read.ads.some((a) => a.ad.id === id)) return undefined;
    const { analysis } = shown.result;
    return {
      ad,
      analysis,
      verdict: shown.verdict,
      findings: shown.findings,
      channels: reportChannels(analysis.destination),
      url: ad.url ?? location.href,
      seenAt: this.store.seenAt(id),
      words,
      onSave: () => sendToBackground({ type: 'save-evidence', ad, analysis, url: location.href, board: read.board }),
    };
  }

  private dismiss(id: string): void {
    this.store.dismiss(id);
    if (this.panel.openFor === id) this.panel.close();
    sendToBackground({ type: 'dismiss-ad', id }).catch(warn('dismissal not remembered'));
    this.draw();
  }

  private onSettings(settings: Settings): void {
    this.settings = settings;
    this.loadWords();
    this.layer.invalidate();
    this.scanner.scan();
  }

  /** From the popup: show this ad's panel. */
  private onMessage(message: unknown): Promise<boolean> | undefined {
    const m = message as { type?: string; id?: string } | null;
    if (m?.type !== 'open-ad' || typeof m.id !== 'string') return undefined;
    const host = this.layer.hostsFor(m.id)[0];
    host?.scrollIntoView({ block: 'center' });
    if (!this.store.result(m.id)) return Promise.resolve(false);
    this.panel.open(m.id, host);
    return Promise.resolve(true);
  }

  private goQuiet(status: PageStatus): void {
    this.removeEverything();
    this.reporter.report(location.href, 'generic', status, []);
  }

  private removeEverything(): void {
    this.highlights.clear();
    this.layer.clear();
    this.panel.close();
    this.notice.hide();
  }
}
