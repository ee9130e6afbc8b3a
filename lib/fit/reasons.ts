import { dimensionLabel } from '../assess/instrument';
import { sayFound } from '../i18n/found';
import { type MessageKey, t } from '../i18n/t';
import type { Classification, Evidence, Signal } from '../model/classification';
import type { FitReason } from '../model/fit';
import type { ProfileSnapshot } from '../model/profile';
import type { DemandDimension, RoleType } from '../model/role-type';
import { type Contribution, decisiveAnswer } from './score';

const ROLE_WORDS: Record<RoleType, MessageKey> = {
  leadership: 'fitRoleLeadership',
  specialist: 'fitRoleSpecialist',
  hybrid: 'fitRoleHybrid',
};

/** The posting's signals that speak to each dimension. */
const SIGNALS_FOR: Record<DemandDimension, Signal[]> = {
  peopleLeadership: ['reports', 'team', 'staff', 'people-role', 'hiring', 'reviews', 'scheduling', 'managers', 'ic'],
  craftDepth: ['hands-on', 'time-split', 'craft', 'not-hands-on', 'expertise'],
  strategicScope: ['strategy', 'budget'],
  collaboration: ['collaboration', 'influence'],
  autonomy: ['autonomy'],
  pressure: ['pressure'],
};

/** What the role asks on each dimension: [much of it, little of it]. */
const DEMAND_WORDS: Record<DemandDimension, [MessageKey, MessageKey]> = {
  peopleLeadership: ['fitDemandPeopleLeadershipHigh', 'fitDemandPeopleLeadershipLow'],
  craftDepth: ['fitDemandCraftDepthHigh', 'fitDemandCraftDepthLow'],
  strategicScope: ['fitDemandStrategicScopeHigh', 'fitDemandStrategicScopeLow'],
  collaboration: ['fitDemandCollaborationHigh', 'fitDemandCollaborationLow'],
  autonomy: ['fitDemandAutonomyHigh', 'fitDemandAutonomyLow'],
  pressure: ['fitDemandPressureHigh', 'fitDemandPressureLow'],
};

function leanWords(profile: ProfileSnapshot['result']): MessageKey {
  if (profile.hybridAppetite >= 0.6) return 'fitLeanBoth';
  if (profile.orientation > 0.15) return 'fitLeanLeading';
  if (profile.orientation < -0.15) return 'fitLeanSpecialist';
  return 'fitLeanBetween';
}

function strongestEvidence(c: Classification, dim: DemandDimension): Evidence | undefined {
  return c.evidence
    .filter((e) => e.field === 'description' && SIGNALS_FOR[dim].includes(e.signal))
    .sort((a, b) => b.weight - a.weight)[0];
}

/**
 * Signed reasons, largest first, each naming the posting's words and the
 * profile answer behind it. At least two, and both sides when both exist.
 */
export function reasonsFor(parts: Contribution[], c: Classification, profile: ProfileSnapshot): FitReason[] {
  const toReason = (p: Contribution): FitReason => {
    const sign = p.points >= 0 ? 1 : -1;
    if (p.about === 'roleType') {
      return {
        sign,
        about: 'roleType',
        text: t('fitRoleAndLean', t(ROLE_WORDS[c.roleType]), t(leanWords(profile.result))),
        postingEvidence: c.reasons[0] ? sayFound(c.reasons[0]) : null,
        // The lean is said in the sentence itself; no internal scale behind it.
        profileAnswer: null,
        points: p.points,
      };
    }
    const dim = p.about;
    const demand = c.demand[dim];
    const pref = profile.result.dimensions[dim];
    const ev = strongestEvidence(c, dim);
    return {
      sign,
      about: dim,
      // How much the dimension matters to the user, in words: the 0 to 100 score is the instrument's, not theirs.
      text: t(
        'fitDemandReason',
        t(DEMAND_WORDS[dim][demand >= 0.5 ? 0 : 1]),
        dimensionLabel(dim),
        t(pref >= 67 ? 'fitMattersALot' : pref >= 34 ? 'fitMattersSomewhat' : 'fitMattersLittle'),
      ),
      postingEvidence: ev ? t('fitPostingEvidence', ev.text, sayFound(ev)) : null,
      profileAnswer: decisiveAnswer(profile, dim),
      points: p.points,
    };
  };
  const ranked = [...parts].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const chosen = ranked.slice(0, 3);
  // Both sides when both exist: the strongest reason against is always shown.
  for (const sign of [1, -1]) {
    if (!chosen.some((p) => Math.sign(p.points) === sign)) {
      const other = ranked.find((p) => Math.sign(p.points) === sign);
      if (other) chosen.push(other);
    }
  }
  return chosen.map(toReason);
}
