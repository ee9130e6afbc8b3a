import type { UnreadableRow } from '../model/export-file';
import { MAX_ID_CHARS } from '../model/limits';
import type { CrossroadsDb } from './database';

/** What became of the rows an export flagged as unreadable. */
export interface RestoredUnreadable {
  /** Put back as they were (or already here, exactly so). */
  restored: number;
  /** Not put back: another row here already has their key. */
  keyHeld: number;
  /** Not put back: no table of ours, or no key to store them under. */
  noKey: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string key (postings, descriptions) or an auto-incremented number (profiles, check-ins), as each table keys its rows. */
const textKey = (row: Record<string, unknown>) =>
  typeof row.id === 'string' && row.id.length > 0 && row.id.length <= MAX_ID_CHARS ? row.id : undefined;
const numberKey = (row: Record<string, unknown>) =>
  typeof row.id === 'number' && Number.isSafeInteger(row.id) && row.id > 0 ? row.id : undefined;

function tableFor(db: CrossroadsDb, name: string) {
  switch (name) {
    // The names exportAll flags rows under (postings live in keyedPostings since version 3).
    case 'postings':
      return { table: db.postings, key: textKey };
    case 'descriptions':
      return { table: db.descriptions, key: textKey };
    case 'profiles':
      return { table: db.profiles, key: numberKey };
    case 'checkIns':
      return { table: db.checkIns, key: numberKey };
    default:
      return undefined;
  }
}

/**
 * Puts the rows an export could not read back where they came from, as they
 * were, so a backup holds nothing it cannot give back: a later build may read
 * them, and an export flags them again. Only under a key no row here holds:
 * a readable row (from the file or already here) is never replaced by one
 * nobody can read. Runs inside the import's transaction; profiles and
 * check-ins before the file's new ones are added, so their generated ids go
 * past the restored ones.
 */
export async function restoreUnreadable(
  db: CrossroadsDb,
  rows: readonly UnreadableRow[],
  done: RestoredUnreadable,
): Promise<void> {
  for (const { table: name, row } of rows) {
    const target = tableFor(db, name);
    const key = target && isRecord(row) ? target.key(row) : undefined;
    if (!target || key === undefined) {
      done.noKey++;
      continue;
    }
    const held: unknown = await (target.table as { get: (k: unknown) => Promise<unknown> }).get(key);
    if (held === undefined) {
      await (target.table as { add: (r: unknown) => Promise<unknown> }).add(row);
      done.restored++;
    } else if (JSON.stringify(held) === JSON.stringify(row)) done.restored++;
    else done.keyHeld++;
  }
}

/** Profiles and check-ins are restored before the file's readable ones are added (see restoreUnreadable). */
export const restoredFirst = (r: UnreadableRow) => r.table === 'profiles' || r.table === 'checkIns';
