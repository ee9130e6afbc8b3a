import type { MessageKey } from '../i18n/t';
import type { Side } from '../model/evidence-sides';
import type { DemandDimension } from '../model/role-type';

/** Where the user stands on a dimension: wants much of it, little of it, or neither clearly. */
export type Stance = 'wants' | 'avoids' | 'mixed';

/** Whether a claim speaks for the posting, against it, or neither: it may only be shown with a contribution of its sign. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface Claim {
  key: MessageKey;
  tone: Tone;
}

/** 60 and 40 of 100: beyond them the user's answers lean one way. */
export function stanceOf(preference: number): Stance {
  return preference >= 60 ? 'wants' : preference <= 40 ? 'avoids' : 'mixed';
}

const c = (key: MessageKey, tone: Tone): Claim => ({ key, tone });

/**
 * What the role would mean for the user: the side the posting shows, then
 * where the user stands. "Mostly" is for hands-on work that shrinks rather
 * than stops (a time split, or duties that are mostly leading people).
 * Autonomy and pressure only hurt one way (docs/FIT.md), so more freedom or
 * a lighter load than wanted is never said as a loss.
 */
const CLAIMS: Record<DemandDimension, Record<Side, Record<Stance, Claim>>> = {
  peopleLeadership: {
    high: {
      wants: c('fitClaimPeopleLeadershipHighWants', 'good'),
      avoids: c('fitClaimPeopleLeadershipHighAvoids', 'bad'),
      mixed: c('fitClaimPeopleLeadershipHighMixed', 'neutral'),
    },
    low: {
      wants: c('fitClaimPeopleLeadershipLowWants', 'bad'),
      avoids: c('fitClaimPeopleLeadershipLowAvoids', 'good'),
      mixed: c('fitClaimPeopleLeadershipLowMixed', 'neutral'),
    },
  },
  craftDepth: {
    high: {
      wants: c('fitClaimCraftDepthHighWants', 'good'),
      avoids: c('fitClaimCraftDepthHighAvoids', 'bad'),
      mixed: c('fitClaimCraftDepthHighMixed', 'neutral'),
    },
    low: {
      wants: c('fitClaimCraftDepthLowWants', 'bad'),
      avoids: c('fitClaimCraftDepthLowAvoids', 'good'),
      mixed: c('fitClaimCraftDepthLowMixed', 'neutral'),
    },
  },
  strategicScope: {
    high: {
      wants: c('fitClaimStrategicScopeHighWants', 'good'),
      avoids: c('fitClaimStrategicScopeHighAvoids', 'bad'),
      mixed: c('fitClaimStrategicScopeHighMixed', 'neutral'),
    },
    low: {
      wants: c('fitClaimStrategicScopeLowWants', 'bad'),
      avoids: c('fitClaimStrategicScopeLowAvoids', 'good'),
      mixed: c('fitClaimStrategicScopeLowMixed', 'neutral'),
    },
  },
  collaboration: {
    high: {
      wants: c('fitClaimCollaborationHighWants', 'good'),
      avoids: c('fitClaimCollaborationHighAvoids', 'bad'),
      mixed: c('fitClaimCollaborationHighMixed', 'neutral'),
    },
    low: {
      wants: c('fitClaimCollaborationLowWants', 'bad'),
      avoids: c('fitClaimCollaborationLowAvoids', 'good'),
      mixed: c('fitClaimCollaborationLowMixed', 'neutral'),
    },
  },
  autonomy: {
    high: {
      wants: c('fitClaimAutonomyHighWants', 'good'),
      avoids: c('fitClaimAutonomyHighOther', 'neutral'),
      mixed: c('fitClaimAutonomyHighOther', 'neutral'),
    },
    low: {
      wants: c('fitClaimAutonomyLowWants', 'bad'),
      avoids: c('fitClaimAutonomyLowAvoids', 'good'),
      mixed: c('fitClaimAutonomyLowMixed', 'neutral'),
    },
  },
  pressure: {
    high: {
      wants: c('fitClaimPressureHighWants', 'good'),
      avoids: c('fitClaimPressureHighAvoids', 'bad'),
      mixed: c('fitClaimPressureHighMixed', 'neutral'),
    },
    low: {
      wants: c('fitClaimPressureLowOther', 'neutral'),
      avoids: c('fitClaimPressureLowAvoids', 'good'),
      mixed: c('fitClaimPressureLowOther', 'neutral'),
    },
  },
};

const MOSTLY_LOW_CRAFT: Record<Stance, Claim> = {
  wants: c('fitClaimCraftDepthMostlyLowWants', 'bad'),
  avoids: c('fitClaimCraftDepthMostlyLowAvoids', 'good'),
  mixed: c('fitClaimCraftDepthMostlyLowMixed', 'neutral'),
};

export function claimFor(dimension: DemandDimension, side: Side, stance: Stance, mostly: boolean): Claim {
  return dimension === 'craftDepth' && side === 'low' && mostly ? MOSTLY_LOW_CRAFT[stance] : CLAIMS[dimension][side][stance];
}

/** A claim may stand beside a contribution only when it says the same thing: a loss never as a plus, a gain never as a minus. */
export function agreesWith(tone: Tone, points: number): boolean {
  return tone === 'neutral' || (tone === 'good' ? points > 0 : points < 0);
}
