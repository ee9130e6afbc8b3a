import { DEMAND_DIMENSIONS } from './role-type';
import { z } from './zod';

export const FIT_BANDS = ['strong', 'good', 'mixed', 'poor'] as const;
export const fitBandSchema = z.enum(FIT_BANDS);
export type FitBand = z.infer<typeof fitBandSchema>;

export const fitReasonSchema = z.object({
  /** +1 speaks for the posting, -1 against. */
  sign: z.union([z.literal(1), z.literal(-1)]),
  /** What the reason is about: the role type, or one dimension. */
  about: z.enum(['roleType', ...DEMAND_DIMENSIONS]),
  text: z.string().max(400),
  /** The posting's words behind it, when a phrase decided it. */
  postingEvidence: z.string().max(300).nullable(),
  /** The profile answer behind it. */
  profileAnswer: z.string().max(300).nullable(),
  /** Points of the score this reason moved (signed). */
  points: z.number(),
});
export type FitReason = z.infer<typeof fitReasonSchema>;

export const fitSchema = z.object({
  score: z.number().int().min(0).max(100),
  band: fitBandSchema,
  reasons: z.array(fitReasonSchema).max(10),
  /** When the profile this fit was computed against was taken. */
  profileCreatedAt: z.number().int().nonnegative(),
});
export type Fit = z.infer<typeof fitSchema>;
