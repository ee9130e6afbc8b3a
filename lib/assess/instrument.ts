import { type MessageKey, t } from '../i18n/t';
import type { ProfileDimension } from '../model/profile';

/**
 * The self-assessment, in Crossroads' own words (English in
 * lib/i18n/en/assess.ts; the tables here hold their message keys). Items are written in the
 * style of the public-domain IPIP item pool (ipip.ori.org); the ideas behind
 * some dimensions come from Schein's career anchors, whose inventory items are
 * copyrighted and not used. Bump INSTRUMENT_VERSION when an item's meaning changes.
 */
export const INSTRUMENT_VERSION = 1;

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

export const ITEMS: Item[] = [
  {
    id: 'pl1',
    dimension: 'peopleLeadership',
    reverse: false,
    text: 'itemPl1',
  },
  {
    id: 'pl2',
    dimension: 'peopleLeadership',
    reverse: false,
    text: 'itemPl2',
  },
  {
    id: 'pl3',
    dimension: 'peopleLeadership',
    reverse: true,
    text: 'itemPl3',
  },
  { id: 'cd1', dimension: 'craftDepth', reverse: false, text: 'itemCd1' },
  { id: 'cd2', dimension: 'craftDepth', reverse: false, text: 'itemCd2' },
  { id: 'cd3', dimension: 'craftDepth', reverse: true, text: 'itemCd3' },
  {
    id: 'ss1',
    dimension: 'strategicScope',
    reverse: false,
    text: 'itemSs1',
  },
  { id: 'ss2', dimension: 'strategicScope', reverse: false, text: 'itemSs2' },
  {
    id: 'ss3',
    dimension: 'strategicScope',
    reverse: true,
    text: 'itemSs3',
  },
  { id: 'co1', dimension: 'collaboration', reverse: false, text: 'itemCo1' },
  { id: 'co2', dimension: 'collaboration', reverse: false, text: 'itemCo2' },
  {
    id: 'co3',
    dimension: 'collaboration',
    reverse: true,
    text: 'itemCo3',
  },
  { id: 'au1', dimension: 'autonomy', reverse: false, text: 'itemAu1' },
  { id: 'au2', dimension: 'autonomy', reverse: false, text: 'itemAu2' },
  { id: 'au3', dimension: 'autonomy', reverse: true, text: 'itemAu3' },
  {
    id: 'pr1',
    dimension: 'pressure',
    reverse: false,
    text: 'itemPr1',
  },
  { id: 'pr2', dimension: 'pressure', reverse: false, text: 'itemPr2' },
  {
    id: 'pr3',
    dimension: 'pressure',
    reverse: true,
    text: 'itemPr3',
  },
  {
    id: 'sm1',
    dimension: 'securityMobility',
    reverse: false,
    text: 'itemSm1',
  },
  { id: 'sm2', dimension: 'securityMobility', reverse: false, text: 'itemSm2' },
  {
    id: 'sm3',
    dimension: 'securityMobility',
    reverse: true,
    text: 'itemSm3',
  },
  {
    id: 'le1',
    dimension: 'learning',
    reverse: false,
    text: 'itemLe1',
  },
  {
    id: 'le2',
    dimension: 'learning',
    reverse: false,
    text: 'itemLe2',
  },
  {
    id: 'le3',
    dimension: 'learning',
    reverse: true,
    text: 'itemLe3',
  },
];

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
}

export const REFLECTIONS: ReflectionPrompt[] = [
  { id: 'q1', text: 'reflectionQ1' },
  { id: 'q2', text: 'reflectionQ2' },
  { id: 'q3', text: 'reflectionQ3' },
  { id: 'q4', text: 'reflectionQ4' },
];

export const FIVE_YEAR_OPTIONS = [
  { value: 'leading', label: 'fiveYearLeading' },
  { value: 'expert', label: 'fiveYearExpert' },
  { value: 'both', label: 'fiveYearBoth' },
  { value: 'unsure', label: 'fiveYearUnsure' },
] as const;
