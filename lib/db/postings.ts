import { t } from '../i18n/t';
import type { Classification } from '../model/classification';
import type { Posting } from '../model/posting';
import { type PostingRecord, type PostingStatus, postingRecordSchema } from '../model/saved-posting';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { parseRows } from './parse-rows';

const parse = (rows: unknown[]): PostingRecord[] => parseRows(postingRecordSchema, rows, 'stored posting');

export async function getPosting(db: CrossroadsDb, id: string): Promise<PostingRecord | undefined> {
  return parse([await db.postings.get(id)])[0];
}

export async function getPostings(db: CrossroadsDb, ids: string[]): Promise<PostingRecord[]> {
  return parse(await db.postings.bulkGet(ids));
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

/** Changes one stored posting, parsed again before it is written. */
async function update(db: CrossroadsDb, id: string, patch: Partial<PostingRecord>, now: number): Promise<PostingRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await getPosting(db, id);
      if (!existing) throw new Error(t('errorPostingGone'));
      const record = postingRecordSchema.parse({ ...existing, ...patch, updatedAt: now });
      await db.postings.put(record);
      return record;
    }),
  );
}

export function setStatus(db: CrossroadsDb, id: string, status: PostingStatus, now = Date.now()): Promise<PostingRecord> {
  return update(db, id, { status }, now);
}

export function setNotes(db: CrossroadsDb, id: string, notes: string, now = Date.now()): Promise<PostingRecord> {
  return update(db, id, { notes }, now);
}

/** Postings the user kept (anything past merely seen), newest first. */
export async function listSaved(db: CrossroadsDb): Promise<PostingRecord[]> {
  const rows = await db.postings.orderBy('updatedAt').reverse().toArray();
  return parse(rows).filter((r) => r.status !== 'seen' && r.status !== 'dismissed');
}

/** Recomputes every stored posting's fit against a new profile, in one transaction. */
export async function refitAll(db: CrossroadsDb, fitFor: (record: PostingRecord) => PostingRecord['fit']): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const rows = parse(await db.postings.toArray());
      await db.postings.bulkPut(rows.map((r) => ({ ...r, fit: fitFor(r) })));
      return rows.length;
    }),
  );
}

/** Every stored posting the user kept or saw, newest first; unreadable rows skipped. */
export async function listAll(db: CrossroadsDb): Promise<PostingRecord[]> {
  return parse(await db.postings.orderBy('updatedAt').reverse().toArray());
}
