import Dexie from 'dexie';
import { DEFAULT_RETENTION } from '../model/limits';
import type { Retention } from '../model/settings';
import type { CrossroadsDb } from './database';
import { getSetting } from './settings';

const DAY = 24 * 60 * 60 * 1000;

export async function retentionPolicy(db: CrossroadsDb): Promise<Retention> {
  return (await getSetting(db, 'retention')) ?? { ...DEFAULT_RETENTION };
}

/** Seen rows, oldest sighting first, from the [status+seenAt] index. */
const seenRows = (db: CrossroadsDb, before?: number) =>
  db.postings.where('[status+seenAt]').between(['seen', Dexie.minKey], ['seen', before ?? Dexie.maxKey], true, false);

async function remove(db: CrossroadsDb, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  await db.transaction('rw', db.postings, db.descriptions, async () => {
    await db.postings.bulkDelete(ids);
    await db.descriptions.bulkDelete(ids);
  });
  return ids.length;
}

/**
 * Deletes postings that were only seen (no status of the user's, no note)
 * and last seen before a date. What the dashboard's "delete seen postings
 * older than" does, and the day limit of retention.
 */
export async function deleteSeenBefore(db: CrossroadsDb, before: number): Promise<number> {
  const ids = await seenRows(db, before)
    .filter((r) => !r.notes)
    .primaryKeys();
  return remove(db, ids);
}

/**
 * Keeps seen postings within the retention: none last seen more than
 * `days` ago, and no more than `rows` of them, the oldest going first.
 * Saved, dismissed and noted postings are never touched. Reads only the
 * index and the rows it deletes.
 */
export async function applyRetention(db: CrossroadsDb, policy: Retention, now = Date.now()): Promise<number> {
  const byAge = await deleteSeenBefore(db, now - policy.days * DAY);
  const excess = (await db.postings.where('status').equals('seen').count()) - policy.rows;
  if (excess <= 0) return byAge;
  const oldest = await seenRows(db)
    .filter((r) => !r.notes)
    .limit(excess)
    .primaryKeys();
  return byAge + (await remove(db, oldest));
}
