import { type Classification, type Evidence, ROLE_SIGNALS } from '../model/classification';
import type { RoleType } from '../model/role-type';
import { demandFrom } from './demand';
import { reasonsFrom } from './explain';
import { lexiconsFor } from './lexicon';
import { type Found, scan } from './scan';
import { titleEvidence } from './title';

export interface ClassifyInput {
  title: string;
  /** Plain text, as extraction produces it. */
  description: string;
}

/** Repeated phrases add less each time: a posting that says "hire" five times has not hired five teams. */
function diminishingSum(weights: number[]): number {
  return weights.sort((a, b) => b - a).reduce((sum, w, i) => sum + w * 0.6 ** i, 0);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Axes {
  /** Evidence of formal authority over people, net of statements that there is none. */
  authority: number;
  /** Evidence of substantial hands-on work of one's own, net of statements that there is none. */
  handsOn: number;
  teamSize: number | undefined;
  handsOnShare: number | undefined;
}

export function axesFrom(found: Found[]): Axes {
  const by = (...signals: Evidence['signal'][]) => found.filter((f) => signals.includes(f.signal)).map((f) => f.weight);
  const positive = (xs: number[]) => xs.filter((x) => x > 0);
  const authority =
    diminishingSum([
      ...positive(by('authority', 'team-size')),
      ...found.map((f) => f.impliedAuthority ?? 0).filter((w) => w > 0),
    ]) +
    by('title').reduce((a, b) => a + b, 0) -
    1.3 * diminishingSum(by('no-authority')) -
    0.5 * diminishingSum(by('influence-only'));
  const split = found.find((f) => f.handsOnShare !== undefined);
  const handsOn = diminishingSum(positive(by('hands-on', 'time-split'))) - 1.2 * diminishingSum(by('not-hands-on'));
  const sizes = found.map((f) => f.count).filter((c): c is number => c !== undefined && c > 0);
  return {
    authority,
    handsOn,
    teamSize: sizes.length > 0 ? Math.max(...sizes) : undefined,
    handsOnShare: split?.handsOnShare,
  };
}

/** Turns the two axes into the three labels' probabilities. */
export function scoresFrom(axes: Axes): Classification['scores'] {
  const leads = sigmoid((axes.authority - 2.6) / 0.9);
  let handsOnP = sigmoid((axes.handsOn - 1.4) / 0.5);
  // A stated split decides more than counted phrases do.
  if (axes.handsOnShare !== undefined) handsOnP = Math.max(handsOnP, sigmoid((axes.handsOnShare - 0.3) * 12));
  return { leadership: leads * (1 - handsOnP), hybrid: leads * handsOnP, specialist: 1 - leads };
}

function topOf(scores: Classification['scores']): RoleType {
  const entries = Object.entries(scores) as Array<[RoleType, number]>;
  return entries.reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}

export function classify(input: ClassifyInput): Classification {
  const description = input.description;
  const found = [
    ...titleEvidence(input.title),
    ...lexiconsFor(description).flatMap((lex) =>
      scan(description, lex.patterns, {
        field: 'description',
        negators: lex.negators,
        postNegators: lex.postNegators,
        hedges: lex.hedges,
        skipBoilerplate: true,
        title: input.title,
      }),
    ),
  ];
  const axes = axesFrom(found);
  const scores = scoresFrom(axes);
  const roleType = topOf(scores);
  const sorted = Object.values(scores).sort((a, b) => b - a);
  const margin = (sorted[0] ?? 0) - (sorted[1] ?? 0);
  const roleEvidence = found.filter((f) => f.field === 'description' && ROLE_SIGNALS.has(f.signal));
  const confidence = Math.min(1, (0.35 + 0.65 * margin) * Math.min(1, 0.4 + roleEvidence.length * 0.15));
  const evidence: Evidence[] = found
    .map(({ priority: _p, count: _c, handsOnShare: _h, impliedAuthority: _i, ...e }) => e)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 200);
  // Our own output: typed, not parsed here; it is parsed where it crosses a boundary (storage).
  return {
    roleType,
    scores,
    confidence,
    orientation: Math.max(-1, Math.min(1, scores.leadership - scores.specialist)),
    demand: demandFrom(found, axes, scores),
    evidence,
    reasons: reasonsFrom(found, roleType),
  };
}
