import { currentAnswers, instrumentVersionOf } from '../assess/instrument';
import { scoreAnswers } from '../assess/score';
import { type Answers, type ProfileSnapshot, profileSnapshotSchema } from '../model/profile';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { parseRows } from './parse-rows';

const parse = (rows: unknown[]): ProfileSnapshot[] => parseRows(profileSnapshotSchema, rows, 'profile snapshot');

/** Every completed assessment, oldest first: the history. */
export async function listProfiles(db: CrossroadsDb): Promise<ProfileSnapshot[]> {
  return parse(await db.profiles.orderBy('createdAt').toArray());
}

export async function latestProfile(db: CrossroadsDb): Promise<ProfileSnapshot | undefined> {
  return parse(await db.profiles.orderBy('createdAt').reverse().limit(5).toArray())[0];
}

/**
 * Scores and keeps a completed assessment; earlier ones stay for the
 * history. A draft begun before an update keeps only today's statements; the
 * answers of an older instrument (synced from an older browser) are stored as
 * that version's.
 */
export async function saveProfile(db: CrossroadsDb, given: Answers, now = Date.now()): Promise<ProfileSnapshot> {
  const answers = currentAnswers(given);
  const snapshot = profileSnapshotSchema.parse({
    createdAt: now,
    instrumentVersion: instrumentVersionOf(answers),
    answers,
    result: scoreAnswers(answers),
  });
  const id = await guardWrite(() => db.profiles.add(snapshot));
  return { ...snapshot, id };
}
