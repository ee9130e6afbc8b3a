import type { RoleType } from '../../model/role-type';
import { FEATURE_NAMES } from '../features';
import { scoresOf, type Weights } from '../model/apply';
import { fitLogistic } from './logistic';

/** A labelled posting as the model sees it. */
export interface Example {
  id: string;
  /** Which labelled set it came from, for reporting. */
  set: string;
  label: RoleType;
  x: Float64Array;
}

export interface FitOptions {
  /** L2 strength of the two stages. */
  lambdaLead: number;
  lambdaHybrid: number;
  /** Weight each class equally within a stage, whatever its share of the sets. */
  balance: boolean;
  /** How much a posting of each labelled set counts in fitting (1 when not named). */
  setWeights?: Record<string, number>;
}

/** Whether features are scaled to unit variance before the penalty (1), or only centred (0). */
const STANDARDISE = 0;

function standardiser(rows: Float64Array[]): { mean: number[]; scale: number[] } {
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] = (mean[i] as number) + (r[i] as number) / rows.length;
  for (const r of rows)
    for (let i = 0; i < d; i++) scale[i] = (scale[i] as number) + ((r[i] as number) - (mean[i] as number)) ** 2 / rows.length;
  return { mean, scale: scale.map((v) => (STANDARDISE && v > 1e-12 ? Math.sqrt(v) : 1)) };
}

function balanced(y: number[]): number[] {
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  return y.map((v) => (v === 1 ? y.length / (2 * Math.max(1, pos)) : y.length / (2 * Math.max(1, neg))));
}

/** Fits both stages on the examples. */
export function fitModel(examples: readonly Example[], opts: FitOptions): Weights {
  const { mean, scale } = standardiser(examples.map((e) => e.x));
  const z = (x: Float64Array) => Float64Array.from(x, (v, i) => (v - (mean[i] as number)) / (scale[i] as number));
  const rows = examples.map((e) => z(e.x));
  const yLead = examples.map((e) => (e.label === 'specialist' ? 0 : 1));
  const setWeight = (e: Example) => opts.setWeights?.[e.set] ?? 1;
  const weighOf = (y: number[], es: readonly Example[]) => {
    const b = opts.balance ? balanced(y) : y.map(() => 1);
    return b.map((v, i) => v * setWeight(es[i] as Example));
  };
  const lead = fitLogistic(rows, yLead, opts.lambdaLead, weighOf(yLead, examples));
  const leaders = examples.map((e, i) => ({ e, row: rows[i] as Float64Array })).filter(({ e }) => e.label !== 'specialist');
  const yHybrid = leaders.map(({ e }) => (e.label === 'hybrid' ? 1 : 0));
  const hybrid = fitLogistic(
    leaders.map((l) => l.row),
    yHybrid,
    opts.lambdaHybrid,
    weighOf(
      yHybrid,
      leaders.map((l) => l.e),
    ),
  );
  return { features: [...FEATURE_NAMES], mean, scale, lead, hybrid };
}

export function predictLabel(w: Weights, x: Float64Array): RoleType {
  const s = scoresOf(x, w);
  return s.specialist >= s.leadership && s.specialist >= s.hybrid
    ? 'specialist'
    : s.leadership >= s.hybrid
      ? 'leadership'
      : 'hybrid';
}

/** A seeded shuffle, so folds are the same on every run. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Stratified k-fold cross-validation, repeated with other folds: every
 * example is predicted by models that never saw it. Returns each example's
 * predictions (one per repeat).
 */
export function crossValidate(
  examples: readonly Example[],
  opts: FitOptions,
  k = 5,
  repeats = 2,
  seed = 7,
): Map<string, RoleType[]> {
  const out = new Map<string, RoleType[]>(examples.map((e) => [e.id, []]));
  for (let rep = 0; rep < repeats; rep++) {
    const folds: Example[][] = Array.from({ length: k }, () => []);
    for (const label of ['leadership', 'specialist', 'hybrid'] as const) {
      shuffled(
        examples.filter((e) => e.label === label),
        seed + rep * 101 + label.length,
      ).forEach((e, i) => {
        folds[i % k]?.push(e);
      });
    }
    for (let f = 0; f < k; f++) {
      const test = folds[f] as Example[];
      const train = folds.filter((_, i) => i !== f).flat();
      const w = fitModel(train, opts);
      for (const e of test) out.get(e.id)?.push(predictLabel(w, e.x));
    }
  }
  return out;
}
