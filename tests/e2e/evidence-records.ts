// Evidence records built the real way (analyze + createEvidence), varied in board, date, employer
// and language. Used by the browser tests (through a tsx child process: Playwright's loader can't
// import the rules data's JSON modules) and by the evidence bench (directly).

import { analyze } from '../../rules/analyze';
import type { JobAd } from '../../rules/schema';
import { createEvidence, type EvidenceRecord } from '../../utils/evidence';
import { CHECKER_EXAMPLES } from '../../components/pages/checker/examples';

const BOARDS = ['linkedin', 'indeed', 'reed', 'jobberman'];
const TITLES = ['Staff Nurse', 'Care Assistant', 'Infirmier', 'Enfermeiro', 'Midwife'];

export async function makeEvidenceRecords(n: number, start = Date.UTC(2026, 0, 1), stepDays = 5): Promise<EvidenceRecord[]> {
  // Analyse each example once; records differ in their ad fields and text suffix (so their hashes differ).
  const analyses = CHECKER_EXAMPLES.map((e) => analyze({ id: e.id, description: e.text }));
  const out: EvidenceRecord[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % CHECKER_EXAMPLES.length;
    const example = CHECKER_EXAMPLES[k]!;
    const board = BOARDS[i % BOARDS.length]!;
    const description = `${example.text}\nRef ${i}.`;
    const ad: JobAd = { id: `ad-${i}`, source: board, title: `${TITLES[i % TITLES.length]} ${i}`, employer: `Employer ${i % 7}`, description };
    const base = analyses[k]!;
    const analysis = { ...base, text: `${base.text}\nRef ${i}.` };
    out.push(await createEvidence({ ad, analysis, url: `https://www.example-board.test/jobs/${i}`, board, now: new Date(start + i * stepDays * 86_400_000) }));
  }
  return out;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [n = '10', start, step] = process.argv.slice(2);
  const records = await makeEvidenceRecords(Number(n), start ? Number(start) : undefined, step ? Number(step) : undefined);
  process.stdout.write(JSON.stringify(records));
}
