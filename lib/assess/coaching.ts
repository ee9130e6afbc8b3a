import { formatMonth } from '../i18n/format';
import { type MessageKey, t } from '../i18n/t';
import type { ProfileDimension, ProfileSnapshot } from '../model/profile';
import type { RoleType } from '../model/role-type';
import { DIMENSIONS, READINESS, REFLECTIONS } from './instrument';
import { type AnswerPatterns, answerPatterns, isClear, type Pattern } from './patterns';

/** One dimension as the result shows it: the score, where the user leans, and their own words about it. */
export interface DimensionReflection {
  id: ProfileDimension;
  label: string;
  value: number;
  /** "You lean towards …" when the answers lean, else null. */
  lean: string | null;
  /** The user's own reflections that speak to this dimension, quoted back. */
  ownWords: string[];
}

/** Two answers that pull against each other, quoted. */
export interface ClashWords {
  first: string;
  second: string;
}

export interface Coaching {
  /** Whether the answers give a direction to reflect back; when not, the result says so and what would help. */
  clear: boolean;
  /** How strong the signal is, in a word. */
  strength: string;
  /** The reflection, in the user's favour but never a verdict. */
  summary: string;
  /** What would help when there is no clear direction. */
  help: string[];
  /** Statements answered alike with their opposites. */
  clashes: ClashWords[];
  /** The user's five-year note, quoted back beside the path. */
  fiveYearWords: string | null;
  /** Reflections that speak to the week as a whole. */
  ownWords: string[];
  dimensions: DimensionReflection[];
  /** Where the answers pull two ways, as questions to weigh. */
  tensions: string[];
  weigh: string[];
  /** The myths these answers suggest the user may believe. */
  myths: string[];
  /** At most three. */
  nextSteps: string[];
  /** How the answers moved since the assessment before, when there is one. */
  change: string | null;
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

const HELP: Record<Pattern, MessageKey> = {
  flat: 'helpFlat',
  agreeing: 'helpAgreeing',
  disagreeing: 'helpDisagreeing',
  contradictory: 'helpContradictory',
};

type Dims = ProfileSnapshot['result']['dimensions'];
const HIGH = 60;
const LOW = 40;

/** Where the answers pull two ways: each a condition on the result and how strongly it holds. */
const TENSIONS: Array<{ key: MessageKey; strength: (d: Dims, s: ProfileSnapshot) => number }> = [
  // Wants to lead, and protects free evenings.
  { key: 'tensionLeadEvenings', strength: (d) => Math.min(d.peopleLeadership - HIGH, LOW - d.pressure) },
  // Wants to lead, and is drained by a day of conversations.
  { key: 'tensionLeadMeetings', strength: (d) => Math.min(d.peopleLeadership - HIGH, LOW - d.collaboration) },
  // Wants to lead, and to keep the craft.
  { key: 'tensionLeadCraft', strength: (d) => Math.min(d.peopleLeadership - HIGH, d.craftDepth - HIGH) },
  // Wants to lead, and to decide when and how to work.
  { key: 'tensionLeadFreedom', strength: (d) => Math.min(d.peopleLeadership - HIGH, d.autonomy - 70) },
  // Wants mastery, and sees a bigger title in five years.
  { key: 'tensionMasteryTitle', strength: (d, s) => (s.answers.fiveYear === 'leading' ? d.craftDepth - HIGH : -1) },
  // Sees expertise in five years, and enjoys growing people.
  { key: 'tensionExpertPeople', strength: (d, s) => (s.answers.fiveYear === 'expert' ? d.peopleLeadership - HIGH : -1) },
  // Wants a say in direction without managing people.
  { key: 'tensionScopeNoReports', strength: (d) => Math.min(d.strategicScope - 65, LOW - d.peopleLeadership) },
];

/** Myths of DOMAIN.md, each shown when the answers suggest the user may hold it. */
const MYTHS: Array<{ key: MessageKey; holds: (d: Dims, s: ProfileSnapshot) => boolean }> = [
  // Prefers quiet focus and is drawn to leading: may think leaders must be loud.
  { key: 'coachMyth1', holds: (d) => d.collaboration <= LOW && d.peopleLeadership >= 45 },
  // Loves the craft but leans to leading, or wants people around and leans specialist: may think specialists sit alone or earn less.
  {
    key: 'coachMyth2',
    holds: (d, s) =>
      (s.result.orientation > 0.15 && d.craftDepth >= 55) || (s.result.orientation < -0.15 && d.collaboration >= HIGH),
  },
  // Does not want to lead: may take it for a lack of ambition.
  { key: 'coachMyth3', holds: (d) => d.peopleLeadership <= LOW },
  // Sees a team in five years without wanting to lead people, or wants scope without reports: progress is not only a bigger team.
  {
    key: 'coachMyth4',
    holds: (d, s) =>
      (s.answers.fiveYear === 'leading' && d.peopleLeadership < HIGH) || (d.strategicScope >= HIGH && d.peopleLeadership <= LOW),
  },
];

/** How much each unticked readiness item matters for each path (and for no clear direction yet), 0 to 3. */
const READINESS_WEIGHT: Record<string, Record<RoleType | 'unclear', number>> = {
  r1: { leadership: 2, specialist: 2, hybrid: 2, unclear: 3 },
  r2: { leadership: 2, specialist: 2, hybrid: 2, unclear: 0 },
  r3: { leadership: 2, specialist: 3, hybrid: 2, unclear: 1 },
  r4: { leadership: 1, specialist: 1, hybrid: 1, unclear: 1 },
  r5: { leadership: 1, specialist: 3, hybrid: 1, unclear: 1 },
  r6: { leadership: 2, specialist: 2, hybrid: 2, unclear: 3 },
  r7: { leadership: 3, specialist: 0, hybrid: 3, unclear: 3 },
  r8: { leadership: 0, specialist: 3, hybrid: 2, unclear: 3 },
  r9: { leadership: 3, specialist: 2, hybrid: 2, unclear: 2 },
  r10: { leadership: 1, specialist: 1, hybrid: 1, unclear: 1 },
};

/** Steps the answers themselves call for, before the readiness items. */
const ANSWER_STEPS: Partial<Record<MessageKey, MessageKey>> = {
  tensionLeadEvenings: 'stepAskHours',
  tensionLeadMeetings: 'stepTryLeadingMeeting',
  tensionLeadCraft: 'stepHybridRole',
  tensionMasteryTitle: 'stepExpertTrack',
  tensionExpertPeople: 'stepMentor',
  tensionScopeNoReports: 'stepExpertTrack',
};

export const MAX_NEXT_STEPS = 3;
export const MAX_TENSIONS = 3;
export const MAX_MYTHS = 2;

function strengthOf(clear: boolean, confidence: number): MessageKey {
  if (!clear) return 'strengthNone';
  return confidence >= 0.6 ? 'strengthClear' : confidence >= 0.35 ? 'strengthModerate' : 'strengthSlight';
}

const note = (text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

function changeSince(now: ProfileSnapshot, before: ProfileSnapshot | undefined): string | null {
  if (!before) return null;
  const since = formatMonth(before.createdAt, now.createdAt);
  const wasClear = isClear(answerPatterns(before.answers));
  const isClearNow = isClear(answerPatterns(now.answers));
  // A move from or to answers without a direction is no move along the fork: say what each time showed.
  if (!isClearNow) return wasClear ? t('changeNowUnclear', since, t(PATH_NAME[before.result.path])) : null;
  if (!wasClear) return t('changeNowClear', since);
  const moved = now.result.orientation - before.result.orientation;
  const parts: string[] = [];
  if (moved >= 0.1) parts.push(t('changeTowardsLeading', since));
  else if (moved <= -0.1) parts.push(t('changeTowardsSpecialist', since));
  else parts.push(t('changeSteady', since));
  const biggest = DIMENSIONS.map((d) => ({ d, by: now.result.dimensions[d.id] - before.result.dimensions[d.id] })).sort(
    (a, b) => Math.abs(b.by) - Math.abs(a.by),
  )[0];
  if (biggest && Math.abs(biggest.by) >= 15)
    parts.push(
      t(
        'changeDimension',
        t(biggest.d.label),
        Math.round(before.result.dimensions[biggest.d.id]),
        Math.round(now.result.dimensions[biggest.d.id]),
      ),
    );
  return parts.join(' ');
}

/**
 * What the result says to this person: their direction (or that there is
 * none yet, and what would help), their own words quoted back beside the
 * dimensions they speak to, where their answers pull two ways, the myths
 * their answers suggest they may believe, at most three next steps chosen
 * for their path, and how they moved since last time. It reflects, it never
 * decides: the user does.
 */
export function coachingFor(snapshot: ProfileSnapshot, before?: ProfileSnapshot): Coaching {
  const { result, answers } = snapshot;
  const d = result.dimensions;
  const patterns: AnswerPatterns = answerPatterns(answers);
  const clear = isClear(patterns);
  const path = t(PATH_NAME[result.path]);
  const summaryKey: MessageKey = !clear
    ? 'coachSummaryUnclear'
    : result.pathConfidence >= 0.6
      ? 'coachSummaryPoint'
      : result.pathConfidence >= 0.35
        ? 'coachSummaryLean'
        : 'coachSummaryHint';

  const dimensions = DIMENSIONS.map((dim): DimensionReflection => {
    const value = d[dim.id];
    return {
      id: dim.id,
      label: t(dim.label),
      value,
      lean: !clear ? null : value >= HIGH ? t('coachLean', t(dim.high)) : value <= LOW ? t('coachLean', t(dim.low)) : null,
      ownWords: REFLECTIONS.filter((q) => q.dimension === dim.id).flatMap((q) => note(answers.reflections[q.id]) ?? []),
    };
  });

  const tensions = clear
    ? TENSIONS.map((x) => ({ key: x.key, strength: x.strength(d, snapshot) }))
        .filter((x) => x.strength >= 0)
        .sort((a, b) => b.strength - a.strength)
        .slice(0, MAX_TENSIONS)
    : [];

  const myths = MYTHS.filter((m) => m.holds(d, snapshot))
    .slice(0, MAX_MYTHS)
    .map((m) => t(m.key));

  const track: RoleType | 'unclear' = clear ? result.path : 'unclear';
  const fromAnswers: MessageKey[] = clear ? tensions.flatMap((x) => ANSWER_STEPS[x.key] ?? []).slice(0, 1) : ['stepTryBoth'];
  const fromReadiness = READINESS.filter((r) => !answers.readiness[r.id])
    .map((r, i) => ({ r, weight: READINESS_WEIGHT[r.id]?.[track] ?? 1, i }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((x) => x.r.nextStep);
  const nextSteps = [...new Set([...fromAnswers, ...fromReadiness])].slice(0, MAX_NEXT_STEPS).map((k) => t(k));

  return {
    clear,
    strength: t('resultStrength', t(strengthOf(clear, result.pathConfidence))),
    summary: t(summaryKey, path),
    help: clear ? [] : [...patterns.patterns.map((p) => t(HELP[p])), t('helpReflect')],
    clashes: patterns.clashes.slice(0, 2).map((c) => ({
      first: t(c.agreed ? 'clashAgreed' : 'clashDisagreed', t(c.forward.text)),
      second: t(c.agreed ? 'clashAgreed' : 'clashDisagreed', t(c.reverse.text)),
    })),
    fiveYearWords: note(answers.fiveYearNote),
    ownWords: REFLECTIONS.filter((q) => q.dimension === null).flatMap((q) => note(answers.reflections[q.id]) ?? []),
    dimensions,
    tensions: tensions.map((x) => t(x.key)),
    weigh: clear ? WEIGH[result.path].map((key) => t(key)) : [],
    myths,
    nextSteps,
    change: changeSince(snapshot, before),
  };
}
