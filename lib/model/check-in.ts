import { z } from './zod';

/** How often the user asked to be reminded to check in; no setting means never. */
export const CHECK_IN_EVERY = ['weekly', 'monthly', 'quarterly'] as const;
export const checkInEverySchema = z.enum(CHECK_IN_EVERY);
export type CheckInEvery = z.infer<typeof checkInEverySchema>;

const key = z.string().min(1).max(40);

/**
 * One periodic check-in: the user's answers to a few reflection prompts, in
 * their own words, kept in the history beside the assessments.
 */
export const checkInSchema = z.object({
  id: z.number().int().positive().optional(),
  createdAt: z.number().int().nonnegative(),
  notes: z.record(key, z.string().max(4000)),
});
export type CheckIn = z.infer<typeof checkInSchema>;
