// The evidence log: every saved record, searchable and filterable, with charts, a detail view with
// notes, delete with undo, and export/import. Storage is the single source of truth: this page
// follows storage.onChanged, so a record saved from another tab (or deleted, or restored) shows at once.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EvidenceCharts } from '../../charts/evidence-charts';
import { migrate, type EvidenceRecord } from '../../../utils/evidence';
import { QuotaExceededError, deleteEvidence, loadEvidence, saveEvidence } from '../../../utils/evidence-store';
import { facets, indexRecord, indexRecords, queryRecords, type EvidenceQuery, type IndexedRecord, type SortKey } from '../../../utils/evidence-query';
import { RECORD_PREFIX, cacheMatches, fromSummaries, readRecords, takeCache, recordIds, writeCache, type LogIndexEntry, type Summary } from './log-cache';
import { usePageEnv } from '../shared/page-env';
import { Filters } from './filters';
import { ImportExport } from './import-export';
import { RecordDetail } from './record-detail';
import { RecordsTable } from './records-table';
import { UndoToast } from './undo-toast';

const PREFIX = RECORD_PREFIX;

/** Applies one storage change batch to the index: changed records replaced or added, removed ones dropped. */
export function applyChanges(index: readonly IndexedRecord[], changes: Record<string, { newValue?: unknown }>): IndexedRecord[] {
  const updated = new Map<string, IndexedRecord | null>();
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(PREFIX)) continue;
    const id = key.slice(PREFIX.length);
    if (change.newValue === undefined) {
      updated.set(id, null);
      continue;
    }
    try {
      updated.set(id, indexRecord(migrate(change.newValue)));
    } catch {
      updated.set(id, null);
    }
  }
  if (updated.size === 0) return index as IndexedRecord[];
  const out: IndexedRecord[] = [];
  for (const r of index) {
    if (!updated.has(r.record.id)) out.push(r);
    else {
      const next = updated.get(r.record.id);
      if (next) out.push(next);
      updated.delete(r.record.id);
    }
  }
  for (const next of updated.values()) if (next) out.push(next);
  return out;
}

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const EMPTY_QUERY: EvidenceQuery = { rule: '', country: '', board: '', from: '', to: '', sort: 'savedAt', direction: 'desc' };

export function EvidenceApp() {
  const { t, locale } = usePageEnv();
  const [index, setIndex] = useState<IndexedRecord[] | null>(null);
  const [unreadable, setUnreadable] = useState<Array<{ key: string; reason: string }>>([]);
  const [loadError, setLoadError] = useState('');
  const [query, setQuery] = useState<EvidenceQuery>(EMPTY_QUERY);
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 150);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<EvidenceRecord | null>(null);
  const [notice, setNotice] = useState('');
  /** All full records are loaded (until then the table shows the summaries). */
  const [complete, setComplete] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    let pending: Array<Record<string, { newValue?: unknown }>> | null = [];
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      // While the full records load, changes are also kept to replay on the loaded index.
      pending?.push(changes);
      setIndex((current) => (current ? applyChanges(current, changes) : current));
    };
    browser.storage.onChanged.addListener(listener);
    performance.mark('evidence-load-start');
    const finish = (entries: LogIndexEntry[], bad: Array<{ key: string; reason: string }>, cache: Summary[] | null) => {
      if (!live) return;
      let full: IndexedRecord[] = entries;
      for (const changes of pending ?? []) full = applyChanges(full, changes);
      pending = null;
      setIndex(full);
      setUnreadable(bad);
      setComplete(true);
      const records = full.map((r) => r.record);
      if (!cacheMatches(cache, records)) void writeCache(records).catch(() => undefined);
    };
    (async () => {
      const cache = await takeCache();
      if (cache) {
        // Fast path: draw the table from the summaries at once; after the first paint, check them
        // against the stored keys and read the full records in slices.
        performance.mark('evidence-loaded');
        setIndex(fromSummaries(cache));
        performance.mark('evidence-indexed');
        await afterPaint();
        const ids = await recordIds().catch(() => null);
        if (!live) return;
        if (ids) {
          const present = new Set(ids);
          const known = new Set(cache.map((s) => s.id));
          const extra = await readRecords(ids.filter((id) => !known.has(id)));
          if (!live) return;
          setIndex((current) => [...(current ?? []).filter((r) => present.has(r.record.id)), ...extra.entries]);
          const full = await readRecords(ids, 1000, (done) => live && setProgress({ done, total: ids.length }));
          finish(full.entries, full.unreadable, cache);
          return;
        }
        const { records, unreadable: bad } = await loadEvidence();
        finish(indexRecords(records), bad, cache);
        return;
      }
      const { records, unreadable: bad } = await loadEvidence();
      performance.mark('evidence-loaded');
      const entries = indexRecords(records);
      performance.mark('evidence-indexed');
      finish(entries, bad, cache);
    })().catch((error) => live && setLoadError((error as Error).message));
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  // Keep the summary cache in step with changes made while the log is open (notes, delete, import).
  useEffect(() => {
    if (!complete || !index) return;
    const timer = setTimeout(() => void writeCache(index.map((r) => r.record)).catch(() => undefined), 1500);
    return () => clearTimeout(timer);
  }, [index, complete]);

  // A record opened before its full text has loaded is read on its own.
  const [fullRecord, setFullRecord] = useState<EvidenceRecord | null>(null);
  const selectedEntry = selected ? (index?.find((r) => r.record.id === selected) as LogIndexEntry | undefined) : undefined;
  useEffect(() => {
    setFullRecord(null);
    if (!selectedEntry?.partial) return;
    const key = RECORD_PREFIX + selectedEntry.record.id;
    browser.storage.local.get(key).then((got) => {
      try {
        setFullRecord(migrate(got[key]));
      } catch (error) {
        setNotice(t('log_load_error', { error: (error as Error).message }));
        setSelected(null);
      }
    }, () => undefined);
  }, [selectedEntry]);

  const fullQuery = useMemo(() => ({ ...query, text }), [query, text]);
  const rows = useMemo(() => (index ? queryRecords(index, fullQuery) : []), [index, fullQuery]);
  const menu = useMemo(() => facets(index ?? []), [index]);
  const record = selectedEntry && !selectedEntry.partial ? selectedEntry.record : fullRecord ?? undefined;
  useEffect(() => setPage(0), [fullQuery]);
  // Timing marks for `npm run bench` (the first paint of the loaded log).
  const loaded = index !== null;
  const [chartsReady, setChartsReady] = useState(false);
  useLayoutEffect(() => {
    if (!loaded) return;
    requestAnimationFrame(() => {
      performance.mark('evidence-first-render');
      // The charts (below the table) follow one frame after the table.
      setTimeout(() => setChartsReady(true), 0);
    });
  }, [loaded]);

  const change = (patch: Partial<EvidenceQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, direction: q.sort === key ? (q.direction === 'asc' ? 'desc' : 'asc') : key === 'savedAt' || key === 'severity' ? 'desc' : 'asc' }));
  const close = () => {
    const id = selected;
    setSelected(null);
    setTimeout(() => (document.querySelector<HTMLElement>(`[data-open="${id}"]`) ?? heading.current)?.focus(), 0);
  };
  const remove = async (r: EvidenceRecord) => {
    await deleteEvidence(r.id);
    setSelected(null);
    setDeleted(r);
  };
  const undo = async () => {
    const r = deleted;
    setDeleted(null);
    if (!r) return;
    try {
      await saveEvidence(r);
      setNotice(t('log_restored'));
      setTimeout(() => document.querySelector<HTMLElement>(`[data-open="${r.id}"]`)?.focus(), 50);
    } catch (error) {
      setNotice(error instanceof QuotaExceededError ? t('storage_full') : t('save_failed', { error: (error as Error).message }));
    }
  };
  const expire = () => {
    const focusInToast = document.activeElement?.closest('.toast');
    setDeleted(null);
    if (focusInToast) heading.current?.focus();
  };

  return (
    <main class="evidence">
      <h1 tabIndex={-1} ref={heading}>{t('log_heading')}</h1>
      <p>{t('log_intro')}</p>
      {loadError ? <p class="status error" role="alert">{t('log_load_error', { error: loadError })}</p> : null}
      {unreadable.length ? <p class="status error" role="alert" data-testid="unreadable">{t('log_unreadable', { count: unreadable.length })}</p> : null}
      {notice ? <p class="status" role="status">{notice}</p> : null}
      {!index ? (
        <p role="status">{t('loading')}</p>
      ) : selected && !record ? (
        <p role="status">{t('loading')}</p>
      ) : record ? (
        <RecordDetail record={record} onClose={close} onDelete={remove} onSaved={() => setNotice('')} />
      ) : (
        <>
          <ImportExport all={index.map((r) => r.record)} shown={rows.map((r) => r.record)} ready={complete}
            preparing={progress ? t('log_loading_texts', { done: progress.done, total: progress.total }) : t('loading')} />
          <section aria-labelledby="records-heading">
            <h2 id="records-heading">{t('log_records')}</h2>
            <Filters query={query} search={search} onSearch={setSearch} onChange={change} facets={menu}
              onClear={() => { setQuery(EMPTY_QUERY); setSearch(''); }} />
            <p role="status" data-testid="count">{t('log_count', { shown: rows.length, total: index.length })}</p>
            {!complete && text ? <p class="hint" data-testid="partial-search">{t('log_search_partial')}</p> : null}
            {index.length === 0 ? (
              <p class="panel">{t('log_empty')}</p>
            ) : rows.length === 0 ? (
              <p class="panel">{t('log_no_match')}</p>
            ) : (
              <RecordsTable rows={rows} page={page} onPage={setPage} sort={query.sort ?? 'savedAt'} direction={query.direction ?? 'desc'}
                onSort={sortBy} onOpen={setSelected} />
            )}
          </section>
          {index.length ? (
            <section aria-labelledby="charts-heading">
              <h2 id="charts-heading">{t('log_charts')}</h2>
              {chartsReady ? <EvidenceCharts records={rows} t={t} locale={locale} /> : <p class="muted">{t('loading')}</p>}
            </section>
          ) : null}
        </>
      )}
      {deleted ? <UndoToast message={t('log_deleted', { title: deleted.ad.title ?? t('untitled_ad') })} onUndo={undo} onExpire={expire} /> : null}
    </main>
  );
}
