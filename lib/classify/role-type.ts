import type { Classification } from '../model/classification';
import type { RoleType } from '../model/role-type';
import { analyze } from './analyze';
import { demandFrom } from './demand';
import { evidenceOf, reasonsFrom } from './explain';
import { scoresOf, weightsMatchFeatures } from './model/apply';

export interface ClassifyInput {
  title: string;
  /** Plain text, as extraction produces it. */
  description: string;
}

function topOf(scores: Classification['scores']): RoleType {
  const entries = Object.entries(scores) as Array<[RoleType, number]>;
  return entries.reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}

/**
 * The role type of a posting: its text cut into sections and clauses, read
 * for who does what (lib/classify/read), and weighed by the fitted model
 * (lib/classify/model). Never throws on text: any string gives a result.
 */
export function classify(input: ClassifyInput): Classification {
  if (!weightsMatchFeatures()) throw new Error('The classifier weights do not match its features: run npm run fit.');
  const analysis = analyze(input.title, input.description);
  const scores = scoresOf(analysis.features.values);
  const roleType = topOf(scores);
  const top = scores[roleType];
  return {
    roleType,
    scores,
    // How far the chosen label stands above an even three-way split, 0 to 1.
    confidence: Math.max(0, Math.min(1, (top - 1 / 3) / (2 / 3))),
    orientation: Math.max(-1, Math.min(1, scores.leadership + scores.hybrid / 2 - (scores.specialist + scores.hybrid / 2))),
    demand: demandFrom(analysis, scores),
    evidence: evidenceOf(analysis, input.title),
    reasons: reasonsFrom(analysis, roleType),
  };
}
