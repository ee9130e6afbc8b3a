import { DIMENSIONS } from '../assess/instrument';
import type { Classification, Evidence, Signal } from '../model/classification';
import type { FitReason } from '../model/fit';
import type { ProfileSnapshot } from '../model/profile';
import type { DemandDimension, RoleType } from '../model/role-type';
import { type Contribution, decisiveAnswer } from './score';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ROLE_WORDS: Record<RoleType, string> = {
  leadership: 'a leadership role',
  specialist: 'a specialist role',
  hybrid: 'a hybrid role',
};

/** The posting's signals that speak to each dimension. */
const SIGNALS_FOR: Record<DemandDimension, Signal[]> = {
  peopleLeadership: ['team-size', 'authority', 'no-authority'],
  craftDepth: ['hands-on', 'time-split', 'craft', 'not-hands-on'],
  strategicScope: ['strategy'],
  collaboration: ['collaboration', 'influence-only'],
  autonomy: ['autonomy'],
  pressure: ['pressure'],
};

const DEMAND_WORDS: Record<DemandDimension, [string, string]> = {
  peopleLeadership: ['asks you to lead people', 'has little people leadership'],
  craftDepth: ['keeps you close to the craft', 'moves you away from hands-on work'],
  strategicScope: ['gives you strategic scope', 'has narrow strategic scope'],
  collaboration: ['is full of people and coordination', 'leaves room for focused work'],
  autonomy: ['offers autonomy', 'offers little autonomy'],
  pressure: ['carries a heavy load', 'keeps the load moderate'],
};

function leanWords(profile: ProfileSnapshot['result']): string {
  if (profile.hybridAppetite >= 0.6) return 'you would like both leading and doing';
  if (profile.orientation > 0.15) return 'your answers lean towards leading people';
  if (profile.orientation < -0.15) return 'your answers lean towards the specialist track';
  return 'your answers sit between the two tracks';
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
  const label = (d: DemandDimension) => DIMENSIONS.find((x) => x.id === d)?.label ?? d;
  const toReason = (p: Contribution): FitReason => {
    const sign = p.points >= 0 ? 1 : -1;
    if (p.about === 'roleType') {
      return {
        sign,
        about: 'roleType',
        text: `${cap(ROLE_WORDS[c.roleType])}, and ${leanWords(profile.result)}.`,
        postingEvidence: c.reasons[0] ?? null,
        profileAnswer: `orientation ${profile.result.orientation.toFixed(2)} (−1 specialist … +1 leadership)`,
        points: p.points,
      };
    }
    const dim = p.about;
    const demand = c.demand[dim];
    const pref = Math.round(profile.result.dimensions[dim]);
    const ev = strongestEvidence(c, dim);
    return {
      sign,
      about: dim,
      text: `The role ${DEMAND_WORDS[dim][demand >= 0.5 ? 0 : 1]}; you scored ${label(dim).toLowerCase()} ${pref} of 100.`,
      postingEvidence: ev ? `“${ev.text}” (${ev.explanation})` : null,
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
