import type { Classification } from '../model/classification';
import type { Fit, FitBand } from '../model/fit';
import type { ProfileSnapshot } from '../model/profile';
import type { DemandDimension, RoleType } from '../model/role-type';
import { type Stated, statedDemand } from './demand';
import { reasonsFor } from './reasons';

/**
 * How well a posting fits a profile. docs/FIT.md explains the model; in short:
 * the role-type match (40%) and, per dimension, how the posting's demand
 * meets the person's preference (60%), where strong preferences weigh more.
 */

export const ROLE_SHARE = 0.4;
export const DIMENSION_SHARE = 0.6;

/** Base importance of each dimension; a strong preference (far from the middle) doubles it. */
export const BASE_WEIGHT: Record<DemandDimension, number> = {
  peopleLeadership: 2,
  craftDepth: 2,
  strategicScope: 1,
  collaboration: 1,
  autonomy: 1,
  pressure: 1,
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** How much each role type suits the person, 0..1 (not normalised). */
export function roleAffinity(profile: ProfileSnapshot['result']): Record<RoleType, number> {
  const both = 1 - 0.5 * profile.hybridAppetite;
  return {
    leadership: clamp01((1 + profile.orientation) / 2) * both,
    specialist: clamp01((1 - profile.orientation) / 2) * both,
    hybrid: 0.25 + 0.75 * profile.hybridAppetite,
  };
}

/** 0..1: the posting's label probabilities against the person's affinities, relative to their favourite. */
export function roleMatch(scores: Classification['scores'], profile: ProfileSnapshot['result']): number {
  const aff = roleAffinity(profile);
  const best = Math.max(aff.leadership, aff.specialist, aff.hybrid, 1e-9);
  return clamp01((scores.leadership * aff.leadership + scores.specialist * aff.specialist + scores.hybrid * aff.hybrid) / best);
}

/**
 * 0..1 for one dimension. Most are symmetric (too much and too little both
 * miss); pressure only hurts above what the person accepts, and autonomy only
 * when the role offers less than they want.
 */
export function dimensionMatch(dimension: DemandDimension, preference: number, demand: number): number {
  if (dimension === 'pressure') return 1 - Math.max(0, demand - preference);
  if (dimension === 'autonomy') return 1 - Math.max(0, preference - demand);
  return 1 - Math.abs(preference - demand);
}

export function weightOf(dimension: DemandDimension, preference: number): number {
  return BASE_WEIGHT[dimension] * (1 + 2 * Math.abs(preference - 0.5));
}

/** The largest total weight the dimensions can have: a fixed denominator keeps the score monotonic. */
const MAX_WEIGHT = Object.values(BASE_WEIGHT).reduce((a, b) => a + b * 2, 0);

export interface Contribution {
  about: 'roleType' | DemandDimension;
  /** Signed points of the final 0..100 score. */
  points: number;
  match: number;
}

/**
 * Each part of the score. A dimension the posting does not state (no phrase
 * shows it, lib/fit/demand.ts) adds nothing either way: not knowing is not a
 * match, nor a mismatch; the questions to ask the employer name it instead.
 */
export function contributions(
  c: Classification,
  profile: ProfileSnapshot['result'],
  stated: Record<DemandDimension, Stated | null> = statedDemand(c),
): Contribution[] {
  const role = roleMatch(c.scores, profile);
  const out: Contribution[] = [{ about: 'roleType', match: role, points: 100 * ROLE_SHARE * (role - 0.5) }];
  for (const dim of Object.keys(BASE_WEIGHT) as DemandDimension[]) {
    const demand = stated[dim];
    if (!demand) continue;
    const preference = profile.dimensions[dim] / 100;
    const match = dimensionMatch(dim, preference, demand.value);
    out.push({ about: dim, match, points: (100 * DIMENSION_SHARE * weightOf(dim, preference) * (match - 0.5)) / MAX_WEIGHT });
  }
  return out;
}

export function bandOf(score: number): FitBand {
  return score >= 75 ? 'strong' : score >= 60 ? 'good' : score >= 45 ? 'mixed' : 'poor';
}

export function fitOf(c: Classification, profile: ProfileSnapshot): Fit {
  const stated = statedDemand(c);
  const parts = contributions(c, profile.result, stated);
  const raw = 50 + parts.reduce((sum, p) => sum + p.points, 0);
  const score = Math.round(Math.min(100, Math.max(0, raw)));
  return { score, band: bandOf(score), reasons: reasonsFor(parts, c, stated, profile), profileCreatedAt: profile.createdAt };
}
