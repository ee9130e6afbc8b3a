import { type MessageKey, t } from '../i18n/t';
import type { ProfileDimension } from '../model/profile';

/**
 * The self-assessment, in Crossroads' own words (English in
 * lib/i18n/en/assess.ts; the tables here hold their message keys). Items are written in the
 * style of the public-domain IPIP item pool (ipip.ori.org); the ideas behind
 * some dimensions come from Schein's career anchors, whose inventory items are
 * copyrighted and not used. Bump INSTRUMENT_VERSION when an item's meaning changes.
 *
 * Version 2 (this one) split the statements of version 1 that asked two or
 * three things at once ("budgets, priorities and who gets hired"; "freedom
 * over my schedule over a bigger title"): RETIRED_ITEMS keeps those.
 */
export const INSTRUMENT_VERSION = 2;

export interface Item {
  id: string;
  dimension: ProfileDimension;
  text: MessageKey;
  /** Agreeing means less of the dimension. */
  reverse: boolean;
}

export interface DimensionInfo {
  id: ProfileDimension;
  /** Short name shown in results. */
  label: MessageKey;
  /** What a high score means, in plain words. */
  high: MessageKey;
  low: MessageKey;
}

export const DIMENSIONS: DimensionInfo[] = [
  {
    id: 'peopleLeadership',
    label: 'dimPeopleLeadership',
    high: 'dimPeopleLeadershipHigh',
    low: 'dimPeopleLeadershipLow',
  },
  {
    id: 'craftDepth',
    label: 'dimCraftDepth',
    high: 'dimCraftDepthHigh',
    low: 'dimCraftDepthLow',
  },
  {
    id: 'strategicScope',
    label: 'dimStrategicScope',
    high: 'dimStrategicScopeHigh',
    low: 'dimStrategicScopeLow',
  },
  {
    id: 'collaboration',
    label: 'dimCollaboration',
    high: 'dimCollaborationHigh',
    low: 'dimCollaborationLow',
  },
  { id: 'autonomy', label: 'dimAutonomy', high: 'dimAutonomyHigh', low: 'dimAutonomyLow' },
  {
    id: 'pressure',
    label: 'dimPressure',
    high: 'dimPressureHigh',
    low: 'dimPressureLow',
  },
  {
    id: 'securityMobility',
    label: 'dimSecurityMobility',
    high: 'dimSecurityMobilityHigh',
    low: 'dimSecurityMobilityLow',
  },
  { id: 'learning', label: 'dimLearning', high: 'dimLearningHigh', low: 'dimLearningLow' },
];

/** A dimension's short name, in the user's language. */
export function dimensionLabel(id: string): string {
  const dim = DIMENSIONS.find((d) => d.id === id);
  return dim ? t(dim.label) : id;
}

/** One statement: [id, dimension, reverse-keyed, message key]. */
type Row = [string, ProfileDimension, boolean, MessageKey];
const item = ([id, dimension, reverse, text]: Row): Item => ({ id, dimension, reverse, text });

/**
 * The statements asked today (version 2), three per dimension, one of them
 * reverse-keyed, each asking one thing in a short first-person sentence in
 * the IPIP style: no "and", no "or", no "more than" weighing two things
 * against each other. A statement whose meaning changed got a new id, so an
 * old answer is never read as an answer to new words.
 */
export const ITEMS: Item[] = (
  [
    ['pl1', 'peopleLeadership', false, 'itemPl1'],
    ['pl4', 'peopleLeadership', false, 'itemPl4'],
    ['pl3', 'peopleLeadership', true, 'itemPl3'],
    ['cd1', 'craftDepth', false, 'itemCd1'],
    ['cd2', 'craftDepth', false, 'itemCd2'],
    ['cd3', 'craftDepth', true, 'itemCd3'],
    ['ss4', 'strategicScope', false, 'itemSs4'],
    ['ss5', 'strategicScope', false, 'itemSs5'],
    ['ss6', 'strategicScope', true, 'itemSs6'],
    ['co4', 'collaboration', false, 'itemCo4'],
    ['co5', 'collaboration', false, 'itemCo5'],
    ['co3', 'collaboration', true, 'itemCo3'],
    ['au4', 'autonomy', false, 'itemAu4'],
    ['au5', 'autonomy', false, 'itemAu5'],
    ['au3', 'autonomy', true, 'itemAu3'],
    ['pr4', 'pressure', false, 'itemPr4'],
    ['pr2', 'pressure', false, 'itemPr2'],
    ['pr5', 'pressure', true, 'itemPr5'],
    ['sm4', 'securityMobility', false, 'itemSm4'],
    ['sm2', 'securityMobility', false, 'itemSm2'],
    ['sm5', 'securityMobility', true, 'itemSm5'],
    ['le4', 'learning', false, 'itemLe4'],
    ['le5', 'learning', false, 'itemLe5'],
    ['le3', 'learning', true, 'itemLe3'],
  ] as Row[]
).map(item);

/**
 * Statements of version 1 that asked two things at once, kept with their
 * words so the answers of a profile taken then still read as they were
 * asked (and still score as they did). Never asked again.
 */
export const RETIRED_ITEMS: Item[] = (
  [
    ['pl2', 'peopleLeadership', false, 'itemPl2'],
    ['ss1', 'strategicScope', false, 'itemSs1'],
    ['ss2', 'strategicScope', false, 'itemSs2'],
    ['ss3', 'strategicScope', true, 'itemSs3'],
    ['co1', 'collaboration', false, 'itemCo1'],
    ['co2', 'collaboration', false, 'itemCo2'],
    ['au1', 'autonomy', false, 'itemAu1'],
    ['au2', 'autonomy', false, 'itemAu2'],
    ['pr1', 'pressure', false, 'itemPr1'],
    ['pr3', 'pressure', true, 'itemPr3'],
    ['sm1', 'securityMobility', false, 'itemSm1'],
    ['sm3', 'securityMobility', true, 'itemSm3'],
    ['le1', 'learning', false, 'itemLe1'],
    ['le2', 'learning', false, 'itemLe2'],
  ] as Row[]
).map(item);

/** Every statement any version asked, to read and score any stored answers. */
export const ALL_ITEMS: Item[] = [...ITEMS, ...RETIRED_ITEMS];

const CURRENT_IDS = new Set(ITEMS.map((i) => i.id));
const RETIRED_IDS = new Set(RETIRED_ITEMS.map((i) => i.id));
/** Statements first asked in version 2, in place of the retired ones. */
const NEW_IN_V2 = new Set(['pl4', 'ss4', 'ss5', 'ss6', 'co4', 'co5', 'au4', 'au5', 'pr4', 'pr5', 'sm4', 'sm5', 'le4', 'le5']);
/** The statements of version 1: those still asked with their first meaning, and the retired ones. */
const V1_ITEMS: Item[] = [...ITEMS.filter((i) => !NEW_IN_V2.has(i.id)), ...RETIRED_ITEMS];

/**
 * Which version a set of answers was given to: version 1 when it answers a
 * retired statement and none of today's new ones, else today's.
 */
export function instrumentVersionOf(answers: { items: Record<string, number> }): 1 | typeof INSTRUMENT_VERSION {
  const ids = Object.keys(answers.items);
  const newer = ids.some((id) => NEW_IN_V2.has(id));
  return !newer && ids.some((id) => RETIRED_IDS.has(id)) ? 1 : INSTRUMENT_VERSION;
}

/** The statements a version asked. */
export function itemsOf(version: number): Item[] {
  return version === 1 ? V1_ITEMS : ITEMS;
}

/**
 * Answers as today's instrument keeps them: a draft begun before an update
 * may hold answers to retired statements beside today's; only today's stay.
 * Answers wholly of version 1 (a profile synced from an older browser) are
 * kept as they are, to be stored as version 1.
 */
export function currentAnswers<A extends { items: Record<string, number> }>(answers: A): A {
  if (instrumentVersionOf(answers) === 1) return answers;
  return { ...answers, items: Object.fromEntries(Object.entries(answers.items).filter(([id]) => CURRENT_IDS.has(id))) };
}

export const LIKERT = [
  { value: 1, label: 'likert1' },
  { value: 2, label: 'likert2' },
  { value: 3, label: 'likert3' },
  { value: 4, label: 'likert4' },
  { value: 5, label: 'likert5' },
] as const;

export interface ReadinessItem {
  id: string;
  text: MessageKey;
  /** The next step to suggest while it is unchecked. */
  nextStep: MessageKey;
}

export const READINESS: ReadinessItem[] = [
  {
    id: 'r1',
    text: 'readinessR1',
    nextStep: 'readinessR1Next',
  },
  {
    id: 'r2',
    text: 'readinessR2',
    nextStep: 'readinessR2Next',
  },
  {
    id: 'r3',
    text: 'readinessR3',
    nextStep: 'readinessR3Next',
  },
  {
    id: 'r4',
    text: 'readinessR4',
    nextStep: 'readinessR4Next',
  },
  {
    id: 'r5',
    text: 'readinessR5',
    nextStep: 'readinessR5Next',
  },
  {
    id: 'r6',
    text: 'readinessR6',
    nextStep: 'readinessR6Next',
  },
  {
    id: 'r7',
    text: 'readinessR7',
    nextStep: 'readinessR7Next',
  },
  {
    id: 'r8',
    text: 'readinessR8',
    nextStep: 'readinessR8Next',
  },
  {
    id: 'r9',
    text: 'readinessR9',
    nextStep: 'readinessR9Next',
  },
  {
    id: 'r10',
    text: 'readinessR10',
    nextStep: 'readinessR10Next',
  },
];

export interface ReflectionPrompt {
  id: string;
  text: MessageKey;
  /** The dimension the answer speaks to, where the result quotes it back; none for the week as a whole. */
  dimension: ProfileDimension | null;
}

export const REFLECTIONS: ReflectionPrompt[] = [
  { id: 'q1', text: 'reflectionQ1', dimension: null },
  { id: 'q2', text: 'reflectionQ2', dimension: 'peopleLeadership' },
  { id: 'q3', text: 'reflectionQ3', dimension: 'craftDepth' },
  { id: 'q4', text: 'reflectionQ4', dimension: 'collaboration' },
];

export const FIVE_YEAR_OPTIONS = [
  { value: 'leading', label: 'fiveYearLeading' },
  { value: 'expert', label: 'fiveYearExpert' },
  { value: 'both', label: 'fiveYearBoth' },
  { value: 'unsure', label: 'fiveYearUnsure' },
] as const;
