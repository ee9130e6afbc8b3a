import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { CrossroadsDb } from '@/lib/db/database';
import { listSaved } from '@/lib/db/postings';
import { postingSchema } from '@/lib/model/posting';
import { postingRecordSchema } from '@/lib/model/saved-posting';
import { samplePosting } from '../helpers';

/**
 * Dexie's upgrade-test pattern: create the database as an old version
 * defined it, put data in, close it, then open it with today's definition.
 */
describe('database upgrades', () => {
  it('upgrades a version 1 database holding postings to version 2 without losing any, filling what old rows lacked', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ postings: 'id, status, updatedAt' });
    const posting = postingSchema.parse(samplePosting());
    const classification = classify(posting);
    // Rows as a 0.1 build wrote them: no notes, no firstSeenAt.
    await v1.table('postings').bulkAdd([
      { id: 'a', posting: { ...posting, id: 'a' }, classification, status: 'saved', updatedAt: 100 },
      { id: 'b', posting: { ...posting, id: 'b' }, classification, status: 'applied', updatedAt: 200 },
      { id: 'c', posting: { ...posting, id: 'c' }, classification, status: 'seen', updatedAt: 300 },
    ]);
    v1.close();

    const db = new CrossroadsDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.postings.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    for (const row of rows) expect(postingRecordSchema.safeParse(row).success).toBe(true);
    expect(rows.find((r) => r.id === 'b')).toMatchObject({ status: 'applied', notes: '', firstSeenAt: 200 });
    expect((await listSaved(db)).map((r) => r.id)).toEqual(['b', 'a']);
    // The new tables are there and usable.
    await db.settings.put({ key: 'syncProfile', value: false });
    expect(await db.profiles.count()).toBe(0);
    db.close();
  });
});
