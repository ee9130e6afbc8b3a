import type { ProfileDimension } from '../model/profile';

/**
 * The self-assessment, in Crossroads' own words. Items are written in the
 * style of the public-domain IPIP item pool (ipip.ori.org); the ideas behind
 * some dimensions come from Schein's career anchors, whose inventory items are
 * copyrighted and not used. Bump INSTRUMENT_VERSION when an item's meaning changes.
 */
export const INSTRUMENT_VERSION = 1;

export interface Item {
  id: string;
  dimension: ProfileDimension;
  text: string;
  /** Agreeing means less of the dimension. */
  reverse: boolean;
}

export interface DimensionInfo {
  id: ProfileDimension;
  /** Short name shown in results. */
  label: string;
  /** What a high score means, in plain words. */
  high: string;
  low: string;
}

export const DIMENSIONS: DimensionInfo[] = [
  {
    id: 'peopleLeadership',
    label: 'Leading people',
    high: 'growing and steering a team',
    low: 'keeping people management out of your work',
  },
  {
    id: 'craftDepth',
    label: 'Depth of craft',
    high: 'mastering your field and doing the work yourself',
    low: 'moving away from hands-on work',
  },
  {
    id: 'strategicScope',
    label: 'Strategic scope',
    high: 'shaping direction, budgets and priorities',
    low: 'focusing on your own part and leaving the big picture to others',
  },
  {
    id: 'collaboration',
    label: 'Many people, many topics',
    high: 'days full of conversations and switching',
    low: 'long, focused stretches with few interruptions',
  },
  { id: 'autonomy', label: 'Autonomy', high: 'deciding how and when you work', low: 'clear structure set by others' },
  {
    id: 'pressure',
    label: 'Room for pressure',
    high: 'accepting long hours and broad responsibility',
    low: 'protecting your time and energy outside work',
  },
  {
    id: 'securityMobility',
    label: 'Portable skills',
    high: 'skills you can take to any employer',
    low: 'security within one organisation',
  },
  { id: 'learning', label: 'Learning', high: 'always learning something new', low: 'settling into what you already do well' },
];

export const ITEMS: Item[] = [
  {
    id: 'pl1',
    dimension: 'peopleLeadership',
    reverse: false,
    text: 'I get real satisfaction from seeing someone I coached succeed.',
  },
  {
    id: 'pl2',
    dimension: 'peopleLeadership',
    reverse: false,
    text: 'I would trade some of my own hands-on work for time spent developing others.',
  },
  {
    id: 'pl3',
    dimension: 'peopleLeadership',
    reverse: true,
    text: "I would rather not be responsible for other people's performance.",
  },
  { id: 'cd1', dimension: 'craftDepth', reverse: false, text: 'I want to become one of the best in my field at what I do.' },
  { id: 'cd2', dimension: 'craftDepth', reverse: false, text: 'Long stretches on one hard problem leave me energised.' },
  { id: 'cd3', dimension: 'craftDepth', reverse: true, text: 'I could give up hands-on work without missing it.' },
  {
    id: 'ss1',
    dimension: 'strategicScope',
    reverse: false,
    text: 'I like thinking about where a whole team or organisation should be in three years.',
  },
  { id: 'ss2', dimension: 'strategicScope', reverse: false, text: 'I want a say in budgets, priorities and who gets hired.' },
  {
    id: 'ss3',
    dimension: 'strategicScope',
    reverse: true,
    text: 'I prefer to leave big-picture decisions to others and focus on my part.',
  },
  { id: 'co1', dimension: 'collaboration', reverse: false, text: 'Days full of conversations and decisions energise me.' },
  { id: 'co2', dimension: 'collaboration', reverse: false, text: 'I enjoy switching between many people and topics in one day.' },
  {
    id: 'co3',
    dimension: 'collaboration',
    reverse: true,
    text: 'After several meetings in a row I feel drained rather than productive.',
  },
  { id: 'au1', dimension: 'autonomy', reverse: false, text: 'I do my best work when I decide how and when to do it.' },
  { id: 'au2', dimension: 'autonomy', reverse: false, text: 'I would choose freedom over my schedule over a bigger title.' },
  { id: 'au3', dimension: 'autonomy', reverse: true, text: 'I like my work to be closely structured by someone else.' },
  {
    id: 'pr1',
    dimension: 'pressure',
    reverse: false,
    text: 'I accept longer hours and being reachable when the responsibility is mine.',
  },
  { id: 'pr2', dimension: 'pressure', reverse: false, text: 'I stay effective when several urgent problems land at once.' },
  {
    id: 'pr3',
    dimension: 'pressure',
    reverse: true,
    text: 'Protecting my evenings and weekends matters more to me than the next step up.',
  },
  {
    id: 'sm1',
    dimension: 'securityMobility',
    reverse: false,
    text: 'I care more about skills I can take anywhere than about a place in one organisation.',
  },
  { id: 'sm2', dimension: 'securityMobility', reverse: false, text: 'I would change employers to keep growing in my field.' },
  {
    id: 'sm3',
    dimension: 'securityMobility',
    reverse: true,
    text: 'A stable position in one organisation matters more to me than portable skills.',
  },
  {
    id: 'le1',
    dimension: 'learning',
    reverse: false,
    text: 'I regularly look for courses, workshops or projects to learn from.',
  },
  {
    id: 'le2',
    dimension: 'learning',
    reverse: false,
    text: 'Keeping my knowledge current feels like part of the job, not a chore.',
  },
  {
    id: 'le3',
    dimension: 'learning',
    reverse: true,
    text: 'Once I do my job well, I would rather not keep learning new methods.',
  },
];

export const LIKERT = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;

export interface ReadinessItem {
  id: string;
  text: string;
  /** The next step to suggest while it is unchecked. */
  nextStep: string;
}

export const READINESS: ReadinessItem[] = [
  {
    id: 'r1',
    text: 'I have named my core values, strengths and passions.',
    nextStep: 'Write down three values, three strengths and what energises you; the reflection questions here are a start.',
  },
  {
    id: 'r2',
    text: 'I have set specific, measurable, time-bound career goals.',
    nextStep: 'Turn where you want to be in five years into one goal for the next twelve months, with a date.',
  },
  {
    id: 'r3',
    text: 'I work steadily on the skills my next step needs.',
    nextStep: 'Pick one skill your next step needs and block regular time for it.',
  },
  {
    id: 'r4',
    text: 'I have been widening my network of peers and experts.',
    nextStep: 'Have one conversation a month with someone outside your team who does work you are curious about.',
  },
  {
    id: 'r5',
    text: 'I look for new learning: courses, workshops, projects.',
    nextStep: 'Choose one course, workshop or stretch project for this quarter.',
  },
  {
    id: 'r6',
    text: 'I ask colleagues, mentors or managers where my strengths fit best.',
    nextStep: 'Ask two people who know your work where they see you at your best.',
  },
  {
    id: 'r7',
    text: 'I have looked closely at what leadership roles near me involve.',
    nextStep: 'Ask a manager you respect what fills their week, and what they gave up.',
  },
  {
    id: 'r8',
    text: 'I have weighed the benefits and drawbacks of specialising, and the openings for it.',
    nextStep: 'Find out whether your organisation has an expert track, and how far it goes.',
  },
  {
    id: 'r9',
    text: 'I get guidance from experienced people or mentors about my path.',
    nextStep: 'Look for a mentor a few steps ahead on the path you lean towards.',
  },
  {
    id: 'r10',
    text: 'I treat my career as continuous growth and expect to adapt.',
    nextStep: 'Put a date in six months to take this assessment again and compare.',
  },
];

export interface ReflectionPrompt {
  id: string;
  text: string;
}

export const REFLECTIONS: ReflectionPrompt[] = [
  { id: 'q1', text: 'Think of a recent week. What fulfilled you, and what drained you?' },
  { id: 'q2', text: 'Do you want your impact to come through others, or through your own work? Why?' },
  { id: 'q3', text: 'What would you give up for the next step: hands-on work, free evenings, independence?' },
  { id: 'q4', text: 'Which days leave you energised: many conversations and decisions, or long focused work?' },
];

export const FIVE_YEAR_OPTIONS = [
  { value: 'leading', label: 'Leading a team or an organisation' },
  { value: 'expert', label: 'A recognised expert in my field' },
  { value: 'both', label: 'Leading a small team while staying hands-on' },
  { value: 'unsure', label: 'I am not sure yet' },
] as const;
