import { DEMAND_DIMENSIONS, roleTypeSchema } from './role-type';
import { z } from './zod';

/** What the profile measures: the six a posting also demands, plus two of the person's own. */
export const PROFILE_DIMENSIONS = [...DEMAND_DIMENSIONS, 'securityMobility', 'learning'] as const;
export const profileDimensionSchema = z.enum(PROFILE_DIMENSIONS);
export type ProfileDimension = z.infer<typeof profileDimensionSchema>;

export const FIVE_YEAR_CHOICES = ['leading', 'expert', 'both', 'unsure'] as const;
export const fiveYearSchema = z.enum(FIVE_YEAR_CHOICES);
export type FiveYear = z.infer<typeof fiveYearSchema>;

const likert = z.number().int().min(1).max(5);
const key = z.string().min(1).max(40);

/** The answers, complete or not: a draft is the same shape. */
export const answersSchema = z.object({
  items: z.record(key, likert).default({}),
  readiness: z.record(key, z.boolean()).default({}),
  reflections: z.record(key, z.string().max(4000)).default({}),
  fiveYear: fiveYearSchema.nullable().default(null),
  fiveYearNote: z.string().max(2000).default(''),
});
export type Answers = z.infer<typeof answersSchema>;

const score = z.number().min(0).max(100);

export const profileResultSchema = z.object({
  dimensions: z.object(Object.fromEntries(PROFILE_DIMENSIONS.map((d) => [d, score])) as Record<ProfileDimension, typeof score>),
  /** -1 specialist … +1 leadership. */
  orientation: z.number().min(-1).max(1),
  /** 0..1: how much both sides appeal at once. */
  hybridAppetite: z.number().min(0).max(1),
  path: roleTypeSchema,
  pathConfidence: z.number().min(0).max(1),
  /** How much of the core was answered, 0..1. */
  completeness: z.number().min(0).max(1),
});
export type ProfileResult = z.infer<typeof profileResultSchema>;

/** One completed assessment, kept for the history. */
export const profileSnapshotSchema = z.object({
  id: z.number().int().positive().optional(),
  createdAt: z.number().int().nonnegative(),
  instrumentVersion: z.number().int().positive(),
  answers: answersSchema,
  result: profileResultSchema,
});
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;
