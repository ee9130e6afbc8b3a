import { z } from './zod';

export const ROLE_TYPES = ['leadership', 'specialist', 'hybrid'] as const;
export const roleTypeSchema = z.enum(ROLE_TYPES);
export type RoleType = z.infer<typeof roleTypeSchema>;

/**
 * The dimensions on which both a posting (its demand) and a profile (the
 * person's preference) are measured, so fit can compare like with like.
 */
export const DEMAND_DIMENSIONS = [
  'peopleLeadership',
  'craftDepth',
  'strategicScope',
  'collaboration',
  'autonomy',
  'pressure',
] as const;
export type DemandDimension = (typeof DEMAND_DIMENSIONS)[number];
