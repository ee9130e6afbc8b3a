import { answersSchema, type ProfileSnapshot } from '../model/profile';
import { z } from '../model/zod';

/** The choices of an assessment without anything the user wrote in their own words. */
const choicesSchema = answersSchema.omit({ reflections: true, fiveYearNote: true });

/**
 * What travels through the browser's sync storage: the latest profile's
 * answers to the statements and choices, and no free text at all (the
 * reflections and the five-year note are the user's own words, and sync
 * storage is the browser account's, not ours). Each browser rescores it
 * locally. `.strip()` drops any other key, so free text cannot ride along.
 */
export const syncPayloadSchema = z.object({
  v: z.literal(2),
  createdAt: z.number().int().nonnegative(),
  answers: choicesSchema.strip(),
});
export type SyncPayload = z.infer<typeof syncPayloadSchema>;

/** Version 1, written before 0.3, carried the five-year note: still read, the note left behind. */
const syncPayloadV1Schema = z.object({
  v: z.literal(1),
  createdAt: z.number().int().nonnegative(),
  answers: choicesSchema.strip(),
});

/** browser.storage.sync allows 8,192 bytes per item, key included. */
export const SYNC_ITEM_QUOTA = 8192;

export function toSyncPayload(snapshot: ProfileSnapshot): SyncPayload {
  const { reflections: _r, fiveYearNote: _n, ...choices } = snapshot.answers;
  return syncPayloadSchema.parse({ v: 2, createdAt: snapshot.createdAt, answers: choices });
}

/** A synced profile newer than the local one, ready to store, or null. */
export function adoptable(synced: unknown, latestLocal: ProfileSnapshot | undefined): SyncPayload | null {
  const parsed = z.union([syncPayloadSchema, syncPayloadV1Schema]).safeParse(synced);
  if (!parsed.success) return null;
  const payload: SyncPayload = { ...parsed.data, v: 2 };
  return !latestLocal || payload.createdAt > latestLocal.createdAt ? payload : null;
}
