import type { Answers, ProfileDimension, ProfileResult } from '../model/profile';
import { PROFILE_DIMENSIONS } from '../model/profile';
import type { RoleType } from '../model/role-type';
import { ALL_ITEMS, ITEMS, instrumentVersionOf, itemsOf } from './instrument';
import { answerPatterns, isClear } from './patterns';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * 0..100 for one dimension: the mean of its answered items, reverse-keyed
 * ones flipped; 50 when none. Statements of any version count, so a profile
 * taken with an older instrument scores as it did then.
 */
export function dimensionScore(answers: Answers, dimension: ProfileDimension): number {
  const values = ALL_ITEMS.filter((i) => i.dimension === dimension)
    .map((i) => {
      const v = answers.items[i.id];
      return v === undefined ? undefined : i.reverse ? 6 - v : v;
    })
    .filter((v): v is number => v !== undefined);
  if (values.length === 0) return 50;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return ((mean - 1) / 4) * 100;
}

const FIVE_YEAR_PULL = { leading: 0.2, expert: -0.2, both: 0, unsure: 0 } as const;

/**
 * The profile's result. Orientation leans on wanting to lead against wanting
 * depth of craft, with strategy, collaboration and autonomy as lighter
 * signals and the five-year answer as a stated intention.
 */
export function scoreAnswers(answers: Answers): ProfileResult {
  const d = Object.fromEntries(PROFILE_DIMENSIONS.map((dim) => [dim, dimensionScore(answers, dim)])) as Record<
    ProfileDimension,
    number
  >;
  const centred = (dim: ProfileDimension) => ((d[dim] ?? 50) - 50) / 50;
  const fiveYear = answers.fiveYear ?? 'unsure';
  const leaning =
    (0.45 * centred('peopleLeadership') -
      0.35 * centred('craftDepth') +
      0.15 * centred('strategicScope') +
      0.1 * centred('collaboration') -
      0.1 * centred('autonomy')) /
    1.15;
  const orientation = clamp(0.8 * leaning + FIVE_YEAR_PULL[fiveYear], -1, 1);
  // Both sides attract at once: wanting to lead and wanting to keep the craft.
  const both = Math.min(d.peopleLeadership, d.craftDepth) / 100;
  const hybridAppetite = clamp(both * 1.1 - Math.abs(orientation) * 0.3 + (fiveYear === 'both' ? 0.3 : 0), 0, 1);

  let path: RoleType;
  if (hybridAppetite >= 0.6 && Math.abs(orientation) < 0.5) path = 'hybrid';
  else if (orientation > 0.15) path = 'leadership';
  else if (orientation < -0.15) path = 'specialist';
  else path = hybridAppetite >= 0.45 ? 'hybrid' : orientation >= 0 ? 'leadership' : 'specialist';

  const asked = itemsOf(instrumentVersionOf(answers));
  const answered = asked.filter((i) => answers.items[i.id] !== undefined).length;
  const completeness = answered / asked.length;
  const strength = path === 'hybrid' ? hybridAppetite : Math.min(1, Math.abs(orientation) * 1.6);
  // Flat, all-agreeing or contradictory answers say little about the person: no confidence in any path.
  const honest = isClear(answerPatterns(answers)) ? 1 : 0.2;
  return {
    dimensions: d,
    orientation,
    hybridAppetite,
    path,
    pathConfidence: clamp((0.3 + 0.7 * strength) * completeness * honest, 0, 1),
    completeness,
  };
}

/** Whether every core item is answered (the readiness check and reflections are optional). */
export function isCoreComplete(answers: Answers): boolean {
  return ITEMS.every((i) => answers.items[i.id] !== undefined) && answers.fiveYear !== null;
}
