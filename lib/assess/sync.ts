import { answersSchema, type ProfileSnapshot } from '../model/profile';
import { z } from '../model/zod';

/**
 * What travels through the browser's sync storage: the latest profile's
 * answers without the free-text reflections (private, and long enough to
 * break the 8 kB per-item quota). Each browser rescores it locally.
 */
export const syncPayloadSchema = z.object({
  v: z.literal(1),
  createdAt: z.number().int().nonnegative(),
  answers: answersSchema.omit({ reflections: true }).extend({ fiveYearNote: z.string().max(500) }),
});
export type SyncPayload = z.infer<typeof syncPayloadSchema>;

/** browser.storage.sync allows 8,192 bytes per item, key included. */
export const SYNC_ITEM_QUOTA = 8192;

export function toSyncPayload(snapshot: ProfileSnapshot): SyncPayload {
  const { reflections: _r, ...answers } = snapshot.answers;
  return syncPayloadSchema.parse({
    v: 1,
    createdAt: snapshot.createdAt,
    answers: { ...answers, fiveYearNote: answers.fiveYearNote.slice(0, 500) },
  });
}

/** A synced profile newer than the local one, ready to store, or null. */
export function adoptable(synced: unknown, latestLocal: ProfileSnapshot | undefined): SyncPayload | null {
  const parsed = syncPayloadSchema.safeParse(synced);
  if (!parsed.success) return null;
  return !latestLocal || parsed.data.createdAt > latestLocal.createdAt ? parsed.data : null;
}
