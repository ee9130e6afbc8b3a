import { type MessageKey, t } from '../i18n/t';
import type { Answers, ProfileResult } from '../model/profile';
import type { RoleType } from '../model/role-type';
import { DIMENSIONS, READINESS } from './instrument';

export interface Coaching {
  /** The reflection, in the user's favour but never a verdict. */
  summary: string;
  fits: string[];
  weigh: string[];
  myths: string[];
  nextSteps: string[];
}

const PATH_NAME: Record<RoleType, MessageKey> = {
  leadership: 'coachPathLeadership',
  specialist: 'coachPathSpecialist',
  hybrid: 'coachPathHybrid',
};

const WEIGH: Record<RoleType, MessageKey[]> = {
  leadership: ['coachWeighLeadership1', 'coachWeighLeadership2', 'coachWeighLeadership3'],
  specialist: ['coachWeighSpecialist1', 'coachWeighSpecialist2', 'coachWeighSpecialist3'],
  hybrid: ['coachWeighHybrid1', 'coachWeighHybrid2', 'coachWeighHybrid3'],
};

const MYTHS: MessageKey[] = ['coachMyth1', 'coachMyth2', 'coachMyth3', 'coachMyth4'];

/** What the profile suggests and what to think about, phrased as a reflection: the user decides. */
export function coachingFor(result: ProfileResult, answers: Answers): Coaching {
  const ranked = DIMENSIONS.map((dim) => ({ dim, score: result.dimensions[dim.id] })).sort((a, b) => b.score - a.score);
  const fits = ranked
    .slice(0, 3)
    .filter((r) => r.score >= 55)
    .map((r) => t('coachValue', t(r.dim.high), t(r.dim.label), Math.round(r.score)));
  const lows = ranked
    .slice(-2)
    .filter((r) => r.score <= 45)
    .map((r) => t('coachLeanTowards', t(r.dim.low), t(r.dim.label), Math.round(r.score)));
  const summary: MessageKey =
    result.pathConfidence >= 0.6 ? 'coachSummaryPoint' : result.pathConfidence >= 0.35 ? 'coachSummaryLean' : 'coachSummaryHint';
  return {
    summary: t(summary, t(PATH_NAME[result.path])),
    fits: [...fits, ...lows],
    weigh: WEIGH[result.path].map((key) => t(key)),
    myths: MYTHS.map((key) => t(key)),
    nextSteps: READINESS.filter((r) => !answers.readiness[r.id]).map((r) => t(r.nextStep)),
  };
}
