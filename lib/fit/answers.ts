import { ALL_ITEMS, FIVE_YEAR_OPTIONS } from '../assess/instrument';
import type { Phrase } from '../model/fit';
import type { FiveYear, ProfileSnapshot } from '../model/profile';
import type { DemandDimension } from '../model/role-type';
import type { Stance } from './claims';

/**
 * The user's own answer behind a reason: the statement of that dimension
 * they answered most decidedly on the side the reason says they stand
 * (agreeing that they want hands-on work, or disagreeing that they could
 * give it up), never one that pulls the other way.
 */
export function answerFor(profile: ProfileSnapshot, dimension: DemandDimension, stance: Stance): Phrase | null {
  let best: { phrase: Phrase; strength: number } | null = null;
  // Any version's statements: a profile taken with an older instrument names the words it was asked.
  for (const item of ALL_ITEMS.filter((i) => i.dimension === dimension)) {
    const v = profile.answers.items[item.id];
    if (v === undefined || v === 3) continue;
    const keyed = item.reverse ? 6 - v : v;
    if (stance === 'wants' && keyed < 4) continue;
    if (stance === 'avoids' && keyed > 2) continue;
    const strength = Math.abs(v - 3);
    if (!best || strength > best.strength)
      best = { phrase: { key: v > 3 ? 'fitYouAgreed' : 'fitYouDisagreed', args: [{ key: item.text }] }, strength };
  }
  return best?.phrase ?? null;
}

/** Which five-year choice says the same as a lean. */
export type Lean = 'leading' | 'specialist' | 'both' | 'between';
const FIVE_YEAR_FOR: Record<Lean, FiveYear> = { leading: 'leading', specialist: 'expert', both: 'both', between: 'unsure' };

/** The answer behind the user's lean: their five-year choice when it says the same, else the statement that shows it best. */
export function answerForLean(profile: ProfileSnapshot, lean: Lean): Phrase | null {
  const choice = FIVE_YEAR_OPTIONS.find((o) => o.value === profile.answers.fiveYear);
  if (choice && choice.value === FIVE_YEAR_FOR[lean]) return { key: 'fitYouChose', args: [{ key: choice.label }] };
  if (lean === 'leading') return answerFor(profile, 'peopleLeadership', 'wants') ?? answerFor(profile, 'craftDepth', 'avoids');
  if (lean === 'specialist') return answerFor(profile, 'craftDepth', 'wants') ?? answerFor(profile, 'peopleLeadership', 'avoids');
  if (lean === 'both') return answerFor(profile, 'peopleLeadership', 'wants') ?? answerFor(profile, 'craftDepth', 'wants');
  return null;
}
