import type { Classification, Demand, Signal } from '../model/classification';
import type { Analysis } from './analyze';
import { readingOf } from './features';

/** 0..1 from a count of clauses: the first ones matter most, and repetition saturates. */
const saturate = (n: number, scale: number) => 1 - Math.exp(-Math.max(0, n) / scale);

/** Clauses (not phrases) that show a signal as the role's own, so a word repeated ten times counts once a clause. */
function clausesWith(a: Analysis, signal: Signal): number {
  const clauses = new Set<number>();
  for (const f of a.findings) {
    const r = readingOf(f);
    if (f.signal === signal && r !== 'negated' && r !== 'other') clauses.add(f.clause.index);
  }
  return clauses.size;
}

/**
 * What the role asks of its holder on each profile dimension, so fit can set
 * it against what the person wants. Boilerplate never counts (findings skip
 * it); a dimension the posting says nothing about keeps the baseline its
 * role type implies.
 */
export function demandFrom(a: Analysis, scores: Classification['scores']): Demand {
  const leads = scores.leadership + scores.hybrid;
  const teamSize = a.features.teamSize;
  const size = teamSize === undefined ? 0.5 : Math.min(1, Math.log(teamSize + 1) / Math.log(60));
  const handsOn = scores.specialist + scores.hybrid;
  const from = (baseline: number, evidence: number) => baseline + (1 - baseline) * evidence;
  return {
    peopleLeadership: leads * (0.55 + 0.45 * size),
    craftDepth: Math.min(1, 0.55 * handsOn + 0.45 * saturate(clausesWith(a, 'expertise') + clausesWith(a, 'craft'), 4)),
    strategicScope: from(0.1 + 0.35 * scores.leadership, saturate(clausesWith(a, 'strategy'), 3)),
    collaboration: from(0.3 + 0.35 * leads, saturate(clausesWith(a, 'collaboration') + 0.5 * clausesWith(a, 'influence'), 3)),
    autonomy: from(0.25 + 0.2 * scores.specialist, saturate(clausesWith(a, 'autonomy'), 2)),
    pressure: from(0.15 + 0.25 * leads, saturate(clausesWith(a, 'pressure'), 2.5)),
  };
}
