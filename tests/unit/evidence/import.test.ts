import { describe, expect, it } from 'vitest';
import { toJson } from '../../../utils/evidence-export';
import { ImportFileError, planImport } from '../../../utils/evidence-import';
import { makeRecord, makeRecords } from './helpers';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ImportFileError ? error.code : `other: ${String(error)}`;
  }
  return 'no error';
};

describe('import of an evidence export', () => {
  it('refuses a file that is not JSON, not an export, or from a newer schema, with a clear error', () => {
    expect(codeOf(() => planImport('{"format": "recruit-lens-evidence", "records": [', []))).toBe('not-json');
    expect(codeOf(() => planImport('', []))).toBe('not-json');
    expect(codeOf(() => planImport('[1,2,3]', []))).toBe('not-export');
    expect(codeOf(() => planImport('{"format":"something-else","schema":1,"records":[]}', []))).toBe('not-export');
    expect(codeOf(() => planImport('{"format":"recruit-lens-evidence","schema":99,"records":[]}', []))).toBe('newer-schema');
    expect(() => planImport('{"format":"recruit-lens-evidence","schema":99,"records":[]}', [])).toThrow(/schema 99/);
  });

  it('accepts a BOM at the start of the file', async () => {
    const records = await makeRecords(1);
    expect(planImport(`\uFEFF${toJson(records)}`, []).toAdd).toHaveLength(1);
  });

  it('lists each invalid record with its position and reason and still imports the valid ones', async () => {
    const [good] = await makeRecords(1);
    const file = JSON.stringify({
      format: 'recruit-lens-evidence', schema: 1,
      records: [good, { ...good, id: 'x', hash: 'not-a-hash' }, 'nonsense', { schema: 0 }],
    });
    const plan = planImport(file, []);
    expect(plan.toAdd.map((r) => r.id)).toEqual([good!.id]);
    expect(plan.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(plan.rejected[0]!.reason).toMatch(/hash|id/);
    expect(plan.rejected[2]!.reason).toMatch(/no migration from evidence schema 0/);
  });

  it('merges duplicates by hash: identical ones are skipped, different ones keep the existing record and are reported', async () => {
    const existing = await makeRecords(3);
    const sameAd = { ...existing[0]!, notes: 'their notes' };
    const identical = { ...existing[1]! };
    const newOne = await makeRecord(7);
    const plan = planImport(toJson([sameAd, identical, newOne]), existing);
    expect(plan.toAdd.map((r) => r.id)).toEqual([newOne.id]);
    expect(plan.duplicates.map((r) => r.id)).toEqual([existing[1]!.id]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]!.existing).toBe(existing[0]);
    expect(plan.conflicts[0]!.fields).toEqual(['notes']);
  });

  it('treats the same ad saved by another volunteer (same hash, other id and time) as a reported conflict, not a new record', async () => {
    const mine = await makeRecord(0);
    const theirs = await makeRecord(0, {}, new Date('2026-03-03T09:00:00Z'));
    expect(theirs.hash).toBe(mine.hash);
    const plan = planImport(toJson([theirs]), [mine]);
    expect(plan.toAdd).toEqual([]);
    expect(plan.conflicts[0]!.fields).toContain('savedAt');
    expect(plan.conflicts[0]!.fields).not.toContain('id');
  });

  it('never overwrites: a different ad under an id already in the log gets a new id', async () => {
    const [mine] = await makeRecords(1);
    const other = { ...(await makeRecord(4)), id: mine!.id };
    const plan = planImport(toJson([other]), [mine!], () => 'fresh-id-0001');
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.toAdd[0]!.id).toBe('fresh-id-0001');
    expect(plan.renamed).toEqual([{ from: mine!.id, to: 'fresh-id-0001' }]);
  });

  it('collapses the same ad twice in one file', async () => {
    const [a] = await makeRecords(1);
    const plan = planImport(toJson([a!, a!]), []);
    expect(plan.toAdd).toHaveLength(1);
    expect(plan.duplicates).toHaveLength(1);
  });
});
