import type { Classification } from '../model/classification';
import type { Posting } from '../model/posting';
import { type PostingRecord, type PostingStatus, postingRecordSchema } from '../model/saved-posting';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';

/** Rows that fail their schema are skipped with a logged reason: one bad row never breaks a view. */
function parseRows(rows: unknown[]): PostingRecord[] {
  const out: PostingRecord[] = [];
  for (const row of rows) {
    const parsed = postingRecordSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else console.warn('Crossroads: skipped an unreadable stored posting', parsed.error.issues[0]?.message);
  }
  return out;
}

export async function getPosting(db: CrossroadsDb, id: string): Promise<PostingRecord | undefined> {
  return parseRows([await db.postings.get(id)].filter(Boolean))[0];
}

export async function getPostings(db: CrossroadsDb, ids: string[]): Promise<PostingRecord[]> {
  return parseRows((await db.postings.bulkGet(ids)).filter(Boolean));
}

/** Stores what a page showed, keeping the user's status and notes when it was seen before. */
export async function recordAnalyzed(
  db: CrossroadsDb,
  posting: Posting,
  classification: Classification,
  now = Date.now(),
  fit: PostingRecord['fit'] = null,
): Promise<PostingRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await getPosting(db, posting.id);
      const record = postingRecordSchema.parse({
        id: posting.id,
        posting,
        classification,
        status: existing?.status ?? 'seen',
        notes: existing?.notes ?? '',
        fit,
        firstSeenAt: existing?.firstSeenAt ?? now,
        updatedAt: now,
      });
      await db.postings.put(record);
      return record;
    }),
  );
}

export async function setStatus(db: CrossroadsDb, id: string, status: PostingStatus, now = Date.now()): Promise<PostingRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await getPosting(db, id);
      if (!existing) throw new Error('That posting is no longer stored.');
      const record = postingRecordSchema.parse({ ...existing, status, updatedAt: now });
      await db.postings.put(record);
      return record;
    }),
  );
}

/** Postings the user kept (anything past merely seen), newest first. */
export async function listSaved(db: CrossroadsDb): Promise<PostingRecord[]> {
  const rows = await db.postings.orderBy('updatedAt').reverse().toArray();
  return parseRows(rows).filter((r) => r.status !== 'seen' && r.status !== 'dismissed');
}

/** Recomputes every stored posting's fit against a new profile, in one transaction. */
export async function refitAll(db: CrossroadsDb, fitFor: (record: PostingRecord) => PostingRecord['fit']): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const rows = parseRows(await db.postings.toArray());
      await db.postings.bulkPut(rows.map((r) => ({ ...r, fit: fitFor(r) })));
      return rows.length;
    }),
  );
}

export async function setNotes(db: CrossroadsDb, id: string, notes: string, now = Date.now()): Promise<PostingRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await getPosting(db, id);
      if (!existing) throw new Error('That posting is no longer stored.');
      const record = postingRecordSchema.parse({ ...existing, notes, updatedAt: now });
      await db.postings.put(record);
      return record;
    }),
  );
}

/** Every stored posting the user kept or saw, newest first; unreadable rows skipped. */
export async function listAll(db: CrossroadsDb): Promise<PostingRecord[]> {
  return parseRows(await db.postings.orderBy('updatedAt').reverse().toArray());
}
