import { classificationSchema } from './classification';
import { fitSchema } from './fit';
import { postingSchema } from './posting';
import { z } from './zod';

export const POSTING_STATUSES = ['seen', 'saved', 'applied', 'interviewing', 'offer', 'declined', 'dismissed'] as const;
export const postingStatusSchema = z.enum(POSTING_STATUSES);
export type PostingStatus = z.infer<typeof postingStatusSchema>;

/** A posting as stored: what was read, how it was classified, and what the user did with it. */
export const postingRecordSchema = z.object({
  id: z.string().min(1).max(400),
  posting: postingSchema,
  classification: classificationSchema,
  status: postingStatusSchema,
  notes: z.string().max(20_000).default(''),
  /** Against the latest profile; null until the user has one. Recomputed whenever the profile changes. */
  fit: fitSchema.nullable().default(null),
  firstSeenAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type PostingRecord = z.infer<typeof postingRecordSchema>;
