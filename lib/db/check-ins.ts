import { type CheckIn, checkInSchema } from '../model/check-in';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { parseRows } from './parse-rows';

/** Every check-in, oldest first: the notes of the history. */
export async function listCheckIns(db: CrossroadsDb): Promise<CheckIn[]> {
  return parseRows(checkInSchema, await db.checkIns.orderBy('createdAt').toArray(), 'check-in');
}

/** Keeps a check-in's notes, each trimmed; one with nothing written is not kept. */
export async function addCheckIn(db: CrossroadsDb, notes: Record<string, string>, now = Date.now()): Promise<CheckIn | null> {
  const kept = Object.fromEntries(
    Object.entries(notes)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== ''),
  );
  if (Object.keys(kept).length === 0) return null;
  const row = checkInSchema.parse({ createdAt: now, notes: kept });
  const id = await guardWrite(() => db.checkIns.add(row));
  return { ...row, id };
}
