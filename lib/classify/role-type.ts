import { words } from '../i18n/words';
import { type Classification, ROLE_SIGNALS } from '../model/classification';
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

/** Below what the panel calls "unclear" (components/panel/panel-model.ts). */
const UNREAD_CONFIDENCE = 0.2;

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
  // A description that names nothing of the role's work (empty, only markup, a language the rules do not read)
  // leaves the label to the title and the prior: it is shown as a guess, never as a finding.
  const unread = !analysis.findings.some((f) => ROLE_SIGNALS.has(f.signal));
  const confidence = Math.max(0, Math.min(1, (top - 1 / 3) / (2 / 3)));
  return {
    roleType,
    scores,
    // How far the chosen label stands above an even three-way split, 0 to 1.
    confidence: unread ? Math.min(confidence, UNREAD_CONFIDENCE) : confidence,
    orientation: Math.max(-1, Math.min(1, scores.leadership + scores.hybrid / 2 - (scores.specialist + scores.hybrid / 2))),
    demand: demandFrom(analysis, scores),
    evidence: evidenceOf(analysis, input.title),
    reasons: unread ? [{ say: words('roleSummaryUnread'), reading: 'duty' }] : reasonsFrom(analysis, roleType),
  };
}
