import { classificationSchema } from './classification';
import type { Fit, Phrase } from './fit';
import { MAX_DESCRIPTION_CHARS, MAX_ID_CHARS } from './limits';
import { postingSummarySchema } from './posting';
import { z } from './zod';

export const POSTING_STATUSES = ['seen', 'saved', 'applied', 'interviewing', 'offer', 'declined', 'dismissed'] as const;
export const postingStatusSchema = z.enum(POSTING_STATUSES);
export type PostingStatus = z.infer<typeof postingStatusSchema>;

/** Statuses that mean the user kept the posting: the saved list and its pipeline. */
export const SAVED_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'declined'] as const satisfies PostingStatus[];

/** Milliseconds since 1970, up to 2100: a stored date that a table can show. */
export const timestampSchema = z.number().int().min(0).max(4_102_444_800_000);

/**
 * A posting as stored (database version 3 on): what a page showed without
 * its description (stored apart, see descriptionRowSchema), how it was
 * classified, and what the user did with it. Fit is not stored: it is
 * computed against the latest profile when shown (lib/fit/records.ts), so
 * it is never stale and a new profile costs no writes.
 */
export const storedPostingSchema = z.object({
  /** site|identifier, see lib/model/posting-key.ts. */
  id: z.string().min(1).max(MAX_ID_CHARS),
  /** The site that showed it (siteOf the sender), indexed for the per-site limit. */
  site: z.string().min(1).max(MAX_ID_CHARS),
  posting: postingSummarySchema,
  classification: classificationSchema,
  status: postingStatusSchema,
  notes: z.string().max(20_000).default(''),
  firstSeenAt: timestampSchema,
  /** The last time a page showed it: what retention counts from. */
  seenAt: timestampSchema,
  /** The last time the user changed its status or notes, 0 if never: what an import compares. */
  editedAt: timestampSchema,
  /** The later of seenAt and editedAt. */
  updatedAt: timestampSchema,
});
export type StoredPosting = z.infer<typeof storedPostingSchema>;

/** A posting's description, kept apart from the rows that lists read. */
export const descriptionRowSchema = z.object({
  id: z.string().min(1).max(MAX_ID_CHARS),
  text: z.string().max(MAX_DESCRIPTION_CHARS),
});
export type DescriptionRow = z.infer<typeof descriptionRowSchema>;

/**
 * A stored posting as views show it: with its fit against the latest
 * profile (null without one) and the questions to ask the employer where the
 * posting is unclear about what decides it.
 */
export type PostingRecord = StoredPosting & { fit: Fit | null; questions: Phrase[] };

/** The user did something with it: a status beyond "seen" or a note. Such rows are never deleted by retention. */
export function userKept(row: Pick<StoredPosting, 'status' | 'notes'>): boolean {
  return row.status !== 'seen' || row.notes !== '';
}
