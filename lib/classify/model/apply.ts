import type { Classification } from '../../model/classification';
import { FEATURE_NAMES } from '../features';
import fitted from './weights.json' with { type: 'json' };

/**
 * The fitted model (scripts/fit-classifier.ts writes weights.json): two
 * regularised logistic regressions in sequence, the way role-types.md reads
 * a posting. First: does the holder lead people? Then, for a role that
 * does: does its holder also do substantial hands-on work? Features are
 * standardised with the training set's mean and scale.
 */
export interface Stage {
  w: number[];
  b: number;
}
export interface Weights {
  features: string[];
  mean: number[];
  scale: number[];
  lead: Stage;
  hybrid: Stage;
}

const weights = fitted as unknown as Weights;

/** Whether the committed weights were fitted on today's features (a unit test holds it; `npm run fit` refits). */
export function weightsMatchFeatures(w: Weights = weights): boolean {
  return w.features.join('|') === FEATURE_NAMES.join('|');
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function logit(stage: Stage, x: Float64Array, w: Weights = weights): number {
  let z = stage.b;
  for (let i = 0; i < x.length; i++) z += (stage.w[i] ?? 0) * (((x[i] ?? 0) - (w.mean[i] ?? 0)) / (w.scale[i] || 1));
  return z;
}

export function scoresOf(x: Float64Array, w: Weights = weights): Classification['scores'] {
  const leads = sigmoid(logit(w.lead, x, w));
  const handsOn = sigmoid(logit(w.hybrid, x, w));
  return { leadership: leads * (1 - handsOn), hybrid: leads * handsOn, specialist: 1 - leads };
}

/** Each feature's pull on the two questions, for explaining a result: standardised value times weight. */
export function pulls(x: Float64Array, w: Weights = weights): { lead: number[]; hybrid: number[] } {
  const lead: number[] = [];
  const hybrid: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const z = ((x[i] ?? 0) - (w.mean[i] ?? 0)) / (w.scale[i] || 1);
    lead.push((w.lead.w[i] ?? 0) * z);
    hybrid.push((w.hybrid.w[i] ?? 0) * z);
  }
  return { lead, hybrid };
}

export { weights };
