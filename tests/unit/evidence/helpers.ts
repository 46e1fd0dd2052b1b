// Evidence records built the real way (analyze + createEvidence) for the export/import/query tests.

import { analyze } from '../../../rules/analyze';
import type { JobAd } from '../../../rules/schema';
import { createEvidence, type EvidenceRecord } from '../../../utils/evidence';
import { CHECKER_EXAMPLES } from '../../../components/pages/checker/examples';

export async function makeRecord(i: number, patch: Partial<JobAd> = {}, when = new Date(Date.UTC(2026, 0, 1 + i, 12))): Promise<EvidenceRecord> {
  const example = CHECKER_EXAMPLES[i % CHECKER_EXAMPLES.length]!;
  const ad: JobAd = { id: `ad-${i}`, source: 'linkedin', title: `Nurse ${i}`, employer: `Employer ${i % 3}`, description: `${example.text}\nReference ${i}.`, ...patch };
  return createEvidence({ ad, analysis: analyze(ad), url: `https://www.linkedin.com/jobs/view/${1000 + i}/`, board: i % 2 ? 'linkedin' : 'indeed', now: when });
}

export async function makeRecords(n: number): Promise<EvidenceRecord[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => makeRecord(i)));
}

/** A small RFC 4180 reader, to check what a spreadsheet would read back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c;
    i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
