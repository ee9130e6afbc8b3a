import type { Classification, Demand, Signal } from '../model/classification';
import type { Axes } from './role-type';
import type { Found } from './scan';

/** 0..1 from a non-negative amount of evidence: the first phrases matter most. */
const saturate = (x: number, scale: number) => 1 - Math.exp(-Math.max(0, x) / scale);

function total(found: Found[], signal: Signal): number {
  return found.filter((f) => f.signal === signal && f.field === 'description').reduce((sum, f) => sum + Math.max(0, f.weight), 0);
}

/**
 * What the role asks of its holder on each profile dimension, so fit can set
 * it against what the person wants.
 */
export function demandFrom(found: Found[], axes: Axes, scores: Classification['scores']): Demand {
  const leads = scores.leadership + scores.hybrid;
  const size = axes.teamSize === undefined ? 0.5 : Math.min(1, Math.log(axes.teamSize + 1) / Math.log(60));
  const handsOn = scores.specialist + scores.hybrid;
  // Without words for a dimension, a posting is not silent about it: the role
  // type sets a baseline (leading means meetings and pressure), and each
  // phrase found moves the demand from there towards 1.
  const from = (baseline: number, evidence: number) => baseline + (1 - baseline) * evidence;
  return {
    peopleLeadership: leads * (0.55 + 0.45 * size),
    craftDepth: Math.min(1, 0.55 * handsOn + 0.45 * saturate(total(found, 'craft') + total(found, 'hands-on'), 4)),
    strategicScope: from(0.1 + 0.35 * scores.leadership, saturate(total(found, 'strategy'), 4)),
    collaboration: from(0.3 + 0.35 * leads, saturate(total(found, 'collaboration') + 0.5 * total(found, 'influence-only'), 3.5)),
    autonomy: from(0.25 + 0.2 * scores.specialist, saturate(total(found, 'autonomy'), 2.5)),
    pressure: from(0.15 + 0.25 * leads, saturate(total(found, 'pressure'), 3)),
  };
}
