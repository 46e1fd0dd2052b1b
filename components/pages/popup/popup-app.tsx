// The toolbar popup: reads what the background already knows about the tab (no engine work here,
// so it opens at once) and lists the tab's ads, or says why there are none.
// For tests (Playwright can't click the toolbar button) the tab can be named: popup.html?tabId=N.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabAd, TabResults, ToBackground } from '../../../utils/messages';
import { usePageEnv } from '../shared/page-env';
import { ResidenceNote } from '../shared/residence-note';
import { AdDetail } from './ad-detail';
import { AdList } from './ad-list';
import { SiteToggle } from './site-toggle';
import { popupState, type EmptyReason } from './tab-state';

interface TabInfo {
  tabId: number | undefined;
  url: string | undefined;
  results: TabResults | null;
}

async function currentTab(): Promise<{ tabId: number | undefined; url: string | undefined }> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { tabId: id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, url: tab?.url };
}

async function loadTab(): Promise<TabInfo> {
  const { tabId, url } = await currentTab();
  if (tabId === undefined) return { tabId, url, results: null };
  const message: ToBackground = { type: 'get-tab-results', tabId };
  const results = (await browser.runtime.sendMessage(message).catch(() => null)) as TabResults | null | undefined;
  return { tabId, url, results: results && typeof results === 'object' && 'status' in results ? results : null };
}

const REASON_KEYS: Record<EmptyReason, string> = {
  unreadable: 'popup_status_unreadable',
  'not-supported': 'popup_status_not_supported',
  'no-health': 'popup_status_no_health',
  disabled: 'popup_status_disabled',
  'board-off': 'popup_status_board_off',
  'not-read': 'popup_status_not_read',
  'not-web': 'popup_status_not_web',
};

export function PopupApp() {
  const { t, settings } = usePageEnv();
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [open, setOpen] = useState<TabAd | null>(null);

  useEffect(() => {
    loadTab().then(setTab, () => setTab({ tabId: undefined, url: undefined, results: null }));
  }, []);
  // Pages are read and analysed in slices, and a site turned back on re-reads itself: while the
  // list (or a reason) is shown, ask the background again now and then. Reading is cheap: no engine here.
  useEffect(() => {
    if (!tab || open) return;
    const timer = setInterval(() => {
      loadTab().then(setTab, () => undefined);
    }, 1500);
    return () => clearInterval(timer);
  }, [tab === null, open]);

  const state = tab ? popupState(tab.results, tab.url, settings) : null;
  return (
    <main class="popup">
      <h1>
        <span aria-hidden="true" class="logo">◎</span> {t('ext_name')}
      </h1>
      {open ? null : <ResidenceNote />}
      {!state ? (
        <p role="status">{t('loading')}</p>
      ) : state.kind === 'empty' ? (
        <div class="status" data-testid="popup-status" data-reason={state.reason}>
          <h2>{t(`${REASON_KEYS[state.reason]}_title`)}</h2>
          <p>{t(REASON_KEYS[state.reason], { host: state.host ?? '' })}</p>
          {state.reason === 'not-supported' && state.host && !settings.anySite ? <p class="hint">{t('popup_any_site_hint')}</p> : null}
        </div>
      ) : open && tab ? (
        <AdDetail item={open} tabId={tab.tabId} url={tab.results?.url ?? tab.url ?? ''} board={tab.results?.board ?? 'generic'} onBack={() => setOpen(null)} />
      ) : (
        <AdList ads={state.ads} onOpen={setOpen} />
      )}
      <footer class="popup-footer">
        {state?.host ? <SiteToggle host={state.host} /> : null}
        <nav aria-label={t('popup_nav')} class="row">
          <a href="checker.html" target="_blank" rel="noopener">{t('nav_checker')}</a>
          <a href="evidence.html" target="_blank" rel="noopener">{t('nav_evidence')}</a>
          <a href="options.html" target="_blank" rel="noopener">{t('nav_options')}</a>
        </nav>
      </footer>
    </main>
  );
}
