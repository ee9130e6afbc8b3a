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

const PATH_NAME: Record<RoleType, string> = {
  leadership: 'leading people',
  specialist: 'going deeper as a specialist',
  hybrid: 'a hybrid role',
};

const WEIGH: Record<RoleType, string[]> = {
  leadership: [
    'Your work would become other people’s success: the team’s results, not your own output, would be how you are measured.',
    'Expect broader responsibility, more context switching and often longer hours; check that the trade fits your life now.',
    'Hands-on work usually shrinks. Ask yourself what you would miss.',
  ],
  specialist: [
    'Influence would come from expertise: advising, reviewing, setting standards, leading projects without reports.',
    'Find out how far the expert track goes where you are, or where it goes further.',
    'Keeping your skills current is the job. Plan the learning, certifications or harder problems that take you there.',
  ],
  hybrid: [
    'Hybrid roles ask for two jobs in one week: protect time for the hands-on part or it will be eaten by the people part.',
    'Look at how a posting splits the time, and whether the team is small enough to lead while still doing the work.',
    'A hybrid role is a good place to test whether leading people suits you before choosing a side.',
  ],
};

const MYTHS = [
  'Leaders do not need to be loud extroverts: many effective leaders are introverts.',
  'Specialists do not sit alone or earn less: they collaborate constantly, advise leaders and can be among the best paid.',
  'Not wanting to lead is not a lack of talent or ambition; often it shows more self-awareness.',
  'Progress does not have to mean a bigger team: influence, impact and mastery are progress too.',
];

/** What the profile suggests and what to think about, phrased as a reflection: the user decides. */
export function coachingFor(result: ProfileResult, answers: Answers): Coaching {
  const ranked = DIMENSIONS.map((dim) => ({ dim, score: result.dimensions[dim.id] })).sort((a, b) => b.score - a.score);
  const fits = ranked
    .slice(0, 3)
    .filter((r) => r.score >= 55)
    .map((r) => `You value ${r.dim.high} (${r.dim.label.toLowerCase()}: ${Math.round(r.score)} of 100).`);
  const lows = ranked
    .slice(-2)
    .filter((r) => r.score <= 45)
    .map((r) => `You lean towards ${r.dim.low} (${r.dim.label.toLowerCase()}: ${Math.round(r.score)} of 100).`);
  const sure =
    result.pathConfidence >= 0.6 ? 'point towards' : result.pathConfidence >= 0.35 ? 'lean towards' : 'hint, gently, at';
  return {
    summary: `Your answers ${sure} ${PATH_NAME[result.path]}. That is a reflection of what you said, not a verdict: you decide.`,
    fits: [...fits, ...lows],
    weigh: WEIGH[result.path],
    myths: MYTHS,
    nextSteps: READINESS.filter((r) => !answers.readiness[r.id]).map((r) => r.nextStep),
  };
}
