import { postingStatusSchema, type StoredPosting, timestampSchema } from '../model/saved-posting';

/**
 * What the user set on a stored posting (its status, notes and dates), read
 * from a row that no longer parses with today's schema (one an older or
 * newer build wrote, or a damaged one). Read field by field, with as few
 * assumptions as possible (as legacy-rows.ts reads old rows), so a sighting
 * or an import that replaces such a row never drops what the user set.
 */
export type UserFields = Pick<StoredPosting, 'status' | 'notes' | 'firstSeenAt' | 'editedAt'> & {
  /** The last sighting the row knew of, 0 when it holds none that reads. */
  seenAt: number;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_NOTES = 20_000;

/** The user's fields of a raw row, or undefined when it is no row at all. `now` dates what the row lacks. */
export function userFieldsOf(raw: unknown, now: number): UserFields | undefined {
  if (!isRecord(raw)) return undefined;
  const status = postingStatusSchema.safeParse(raw.status);
  const notes = typeof raw.notes === 'string' ? raw.notes.slice(0, MAX_NOTES) : '';
  // A status this build does not know (a newer build's, say) still says the user kept it: saved, never seen.
  const kept = status.success ? status.data : typeof raw.status === 'string' && raw.status !== 'seen' ? 'saved' : 'seen';
  const time = (v: unknown) => {
    const parsed = timestampSchema.safeParse(v);
    return parsed.success ? parsed.data : undefined;
  };
  const userSet = kept !== 'seen' || notes !== '';
  return {
    status: kept,
    notes,
    firstSeenAt: time(raw.firstSeenAt) ?? now,
    seenAt: time(raw.seenAt) ?? 0,
    // An edit without a date that reads is dated now: an import then keeps it as the newer edit, never loses it.
    editedAt: time(raw.editedAt) ?? (userSet ? now : 0),
  };
}
