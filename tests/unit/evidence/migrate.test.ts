// Durability: stored records survive restarts and updates. Schema 1 is the only schema so far, so
// there is no migration step yet; these tests pin what migrate() does with other versions and that
// storage keeps what it cannot read.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EVIDENCE_SCHEMA, MIGRATIONS, migrate } from '../../../utils/evidence';
import { deleteEvidence, loadEvidence, saveEvidence, updateNotes } from '../../../utils/evidence-store';
import { makeRecord } from './helpers';

describe('evidence schema migration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has no migration steps while the schema is 1', () => {
    expect(EVIDENCE_SCHEMA).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('rejects records with no or an unknown older version with a clear error', async () => {
    const record = await makeRecord(0);
    const { schema: _, ...unversioned } = record;
    expect(() => migrate(unversioned)).toThrow('no migration from evidence schema 0');
    expect(() => migrate({ ...record, schema: 0 })).toThrow('no migration from evidence schema 0');
    expect(() => migrate(null)).toThrow(/no migration/);
  });

  it('rejects records from a newer schema instead of misreading them', async () => {
    const record = await makeRecord(0);
    expect(() => migrate({ ...record, schema: 2 })).toThrow();
  });

  it('reads current records unchanged', async () => {
    const record = await makeRecord(2);
    expect(migrate(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('stored records survive a reload of the store; unreadable ones are listed and left in storage', async () => {
    const a = await makeRecord(0);
    const b = await makeRecord(1);
    await saveEvidence(a);
    await saveEvidence(b);
    await fakeBrowser.storage.local.set({ 'evidence:broken': { schema: 7, id: 'broken' } });
    await updateNotes(a.id, 'checked with the union');
    const { records, unreadable } = await loadEvidence();
    expect(records.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(records.find((r) => r.id === a.id)!.notes).toBe('checked with the union');
    expect(unreadable).toEqual([{ key: 'evidence:broken', reason: expect.any(String) }]);
    expect((await fakeBrowser.storage.local.get('evidence:broken'))['evidence:broken']).toEqual({ schema: 7, id: 'broken' });
    await deleteEvidence(b.id);
    expect((await loadEvidence()).records.map((r) => r.id)).toEqual([a.id]);
  });
});
