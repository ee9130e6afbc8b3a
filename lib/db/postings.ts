import Dexie from 'dexie';
import { t } from '../i18n/t';
import type { Classification } from '../model/classification';
import type { Posting } from '../model/posting';
import { type PostingStatus, SAVED_STATUSES, type StoredPosting, storedPostingSchema } from '../model/saved-posting';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { parseRows } from './parse-rows';
import { siteMayAdd } from './site-limit';
import { type UserFields, userFieldsOf } from './user-fields';

const parse = (rows: unknown[]): StoredPosting[] => parseRows(storedPostingSchema, rows, 'stored posting');

export async function getPosting(db: CrossroadsDb, id: string): Promise<StoredPosting | undefined> {
  return parse([await db.postings.get(id)])[0];
}

export async function getPostings(db: CrossroadsDb, ids: string[]): Promise<StoredPosting[]> {
  return parse(await db.postings.bulkGet(ids));
}

export async function getDescription(db: CrossroadsDb, id: string): Promise<string | undefined> {
  return (await db.descriptions.get(id))?.text;
}

/** A posting as stored for a sighting: the user's status and notes kept when it was seen before. */
function sighted(posting: Posting, classification: Classification, site: string, now: number, held?: UserFields) {
  const { description, ...summary } = posting;
  const row = storedPostingSchema.parse({
    id: posting.id,
    site,
    posting: summary,
    classification,
    status: held?.status ?? 'seen',
    notes: held?.notes ?? '',
    firstSeenAt: held?.firstSeenAt ?? now,
    seenAt: now,
    editedAt: held?.editedAt ?? 0,
    updatedAt: now,
  });
  return { row, description: { id: row.id, text: description } };
}

export type Sighting =
  | { stored: true; created: boolean; row: StoredPosting }
  | { stored: false; reason: 'siteLimit'; row: StoredPosting };

/**
 * Stores what a page showed. A posting not seen before counts against its
 * site's limit of new rows (lib/model/limits.ts); over it, nothing is
 * written and the row comes back unstored, for the caller to keep until the
 * user saves it.
 */
export async function recordAnalyzed(
  db: CrossroadsDb,
  posting: Posting,
  classification: Classification,
  site: string,
  now = Date.now(),
): Promise<Sighting> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, db.descriptions, async () => {
      // Read raw, not parsed: a row today's schema cannot read still holds the user's status and notes.
      const raw: unknown = await db.postings.get(posting.id);
      const parsed = storedPostingSchema.safeParse(raw);
      const held = parsed.success ? parsed.data : userFieldsOf(raw, now);
      const { row, description } = sighted(posting, classification, site, now, held);
      if (!held && !(await siteMayAdd(db, site, now))) return { stored: false, reason: 'siteLimit', row } as const;
      await db.postings.put(row);
      await db.descriptions.put(description);
      return { stored: true, created: !held, row } as const;
    }),
  );
}

/** Stores a posting the user acted on although its site was over its limit (the user's click is no flood). */
export async function storeKept(db: CrossroadsDb, row: StoredPosting, description: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.postings, db.descriptions, async () => {
      if (await db.postings.get(row.id)) return;
      await db.postings.put(storedPostingSchema.parse(row));
      await db.descriptions.put({ id: row.id, text: description });
    }),
  );
}

/** A change the user made: parsed again before it is written, and dated as an edit. */
async function edit(db: CrossroadsDb, id: string, patch: Partial<StoredPosting>, now: number): Promise<StoredPosting> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const held = await getPosting(db, id);
      if (!held) throw new Error(t('errorPostingGone'));
      const row = storedPostingSchema.parse({ ...held, ...patch, editedAt: now, updatedAt: now });
      await db.postings.put(row);
      return row;
    }),
  );
}

export function setStatus(db: CrossroadsDb, id: string, status: PostingStatus, now = Date.now()): Promise<StoredPosting> {
  return edit(db, id, { status }, now);
}

export function setNotes(db: CrossroadsDb, id: string, notes: string, now = Date.now()): Promise<StoredPosting> {
  return edit(db, id, { notes }, now);
}

/** Every posting with one of these statuses, by index: the dashboard reads the saved ones without touching the seen. */
export async function listByStatus(db: CrossroadsDb, statuses: readonly PostingStatus[]): Promise<StoredPosting[]> {
  if (statuses.length === 0) return [];
  return parse(
    await db.postings
      .where('status')
      .anyOf([...statuses])
      .toArray(),
  );
}

/** The user's most recent saves, newest first: a few rows per status from the [status+editedAt] index. */
export async function recentSaved(db: CrossroadsDb, limit: number): Promise<StoredPosting[]> {
  const perStatus = await Promise.all(
    SAVED_STATUSES.map((s) =>
      db.postings.where('[status+editedAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).reverse().limit(limit).toArray(),
    ),
  );
  return parse(perStatus.flat())
    .sort((a, b) => b.editedAt - a.editedAt)
    .slice(0, limit);
}

/** How many postings have these statuses, counted on the index. */
export async function countByStatus(db: CrossroadsDb, statuses: readonly PostingStatus[]): Promise<number> {
  const counts = await Promise.all(statuses.map((s) => db.postings.where('status').equals(s).count()));
  return counts.reduce((a, b) => a + b, 0);
}
