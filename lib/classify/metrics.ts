import { ROLE_TYPES, type RoleType } from '../model/role-type';

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<RoleType, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[actual][predicted] */
  confusion: Record<RoleType, Record<RoleType, number>>;
}

export function metricsOf(pairs: Array<{ actual: RoleType; predicted: RoleType }>): Metrics {
  const zeroRow = () => Object.fromEntries(ROLE_TYPES.map((r) => [r, 0])) as Record<RoleType, number>;
  const confusion = Object.fromEntries(ROLE_TYPES.map((r) => [r, zeroRow()])) as Metrics['confusion'];
  for (const { actual, predicted } of pairs) confusion[actual][predicted]++;
  const perClass = {} as Metrics['perClass'];
  for (const c of ROLE_TYPES) {
    const tp = confusion[c][c];
    const predicted = ROLE_TYPES.reduce((s, a) => s + confusion[a][c], 0);
    const support = ROLE_TYPES.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
  }
  const correct = pairs.filter((p) => p.actual === p.predicted).length;
  return {
    n: pairs.length,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1: ROLE_TYPES.reduce((s, c) => s + perClass[c].f1, 0) / ROLE_TYPES.length,
    perClass,
    confusion,
  };
}
