// Export the records shown (CSV for spreadsheets, JSON for another volunteer) and import a JSON
// export: validated, duplicates merged by hash, nothing existing overwritten; a report says what
// was added, skipped, kept and rejected, and why.

import { useState } from 'preact/hooks';
import type { EvidenceRecord } from '../../../utils/evidence';
import { exportFileName, toCsv, toJson } from '../../../utils/evidence-export';
import { ImportFileError, planImport, type ImportPlan } from '../../../utils/evidence-import';
import { QuotaExceededError, saveEvidence } from '../../../utils/evidence-store';
import { usePageEnv } from '../shared/page-env';

export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves in small batches; stops at a full storage and says how many made it. */
export async function saveAll(records: readonly EvidenceRecord[]): Promise<{ saved: EvidenceRecord[]; error?: unknown }> {
  const saved: EvidenceRecord[] = [];
  for (let i = 0; i < records.length; i += 50) {
    const batch = records.slice(i, i + 50);
    try {
      saved.push(...(await Promise.all(batch.map((r) => saveEvidence(r)))));
    } catch (error) {
      return { saved, error };
    }
  }
  return { saved };
}

interface Props {
  all: readonly EvidenceRecord[];
  shown: readonly EvidenceRecord[];
  /** False while the full records are still loading (export and import need them). */
  ready: boolean;
  /** What to say until then. */
  preparing: string;
}

type Report = { kind: 'plan'; plan: ImportPlan; saved: number; storageFull: boolean; error?: string } | { kind: 'error'; text: string };

export function ImportExport({ all, shown, ready, preparing }: Props) {
  const { t } = usePageEnv();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const exportAs = (kind: 'csv' | 'json') => {
    const now = new Date();
    if (kind === 'csv') download(exportFileName('csv', now), toCsv(shown), 'text/csv;charset=utf-8');
    else download(exportFileName('json', now), toJson(shown, now), 'application/json');
  };
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const plan = planImport(await file.text(), all);
      const { saved, error } = await saveAll(plan.toAdd);
      setReport({
        kind: 'plan', plan, saved: saved.length, storageFull: error instanceof QuotaExceededError,
        ...(error && !(error instanceof QuotaExceededError) ? { error: (error as Error).message } : {}),
      });
    } catch (error) {
      const code = error instanceof ImportFileError ? error.code : 'not-json';
      setReport({ kind: 'error', text: `${t(`import_error_${code.replace(/-/g, '_')}`)} ${t('import_nothing_changed')}` });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  const filtered = shown.length !== all.length;
  return (
    <section aria-labelledby="io-heading" class="panel io">
      <h2 id="io-heading">{t('io_heading')}</h2>
      <div class="row">
        <button type="button" onClick={() => exportAs('csv')} disabled={!ready || shown.length === 0} data-testid="export-csv">
          {t(filtered ? 'export_csv_shown' : 'export_csv', { count: shown.length })}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!ready || shown.length === 0} data-testid="export-json">
          {t(filtered ? 'export_json_shown' : 'export_json', { count: shown.length })}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('import_label')}</label>
        <p id="import-hint" class="hint">{t('import_hint')}</p>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" onChange={onFile} disabled={busy || !ready} />
        {!ready ? <p class="hint" role="status">{preparing}</p> : null}
      </div>
      <div role="status" data-testid="import-report">
        {report?.kind === 'error' ? <p class="status error">{report.text}</p> : null}
        {report?.kind === 'plan' ? <ImportSummary report={report} /> : null}
      </div>
    </section>
  );
}

function ImportSummary({ report }: { report: Extract<Report, { kind: 'plan' }> }) {
  const { t } = usePageEnv();
  const { plan } = report;
  return (
    <div class={report.storageFull || report.error ? 'status error' : 'status'}>
      <p>{t('import_added', { count: report.saved })}</p>
      {report.storageFull ? <p>{t('storage_full')} {t('import_partial', { saved: report.saved, total: plan.toAdd.length })}</p> : null}
      {report.error ? <p>{t('save_failed', { error: report.error })}</p> : null}
      {plan.duplicates.length ? <p>{t('import_duplicates', { count: plan.duplicates.length })}</p> : null}
      {plan.renamed.length ? <p>{t('import_renamed', { count: plan.renamed.length })}</p> : null}
      {plan.conflicts.length ? (
        <>
          <p>{t('import_conflicts', { count: plan.conflicts.length })}</p>
          <ul data-testid="import-conflicts">
            {plan.conflicts.slice(0, 50).map((c) => (
              <li key={c.incoming.id}>{t('import_conflict_item', { title: c.existing.ad.title ?? t('untitled_ad'), fields: c.fields.join(', ') })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.rejected.length ? (
        <>
          <p>{t('import_rejected', { count: plan.rejected.length })}</p>
          <ul data-testid="import-rejected">
            {plan.rejected.slice(0, 50).map((r) => (
              <li key={r.index}>{t('import_rejected_item', { number: r.index + 1, reason: r.reason })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
