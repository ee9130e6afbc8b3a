import { analyze } from '../lib/classify/analyze';
import { crossValidate, type Example, type FitOptions } from '../lib/classify/fit/train';
import { type Metrics, metricsOf } from '../lib/classify/metrics';
import { classifyByTitle } from '../lib/classify/title-baseline';
import type { LabelledPosting } from '../lib/cli/labelled';
import type { RoleType } from '../lib/model/role-type';

/** Real postings published by employers, outside the project (../shared/data/real-dev/README.md): fitted on only through cross-validation. */
export const REAL_DEV = '../shared/data/real-dev/postings.jsonl';

/** The project's own labelled sets the weights are fitted on (the frozen partition is not among them). */
export const TRAINING_SETS = [
  'tests/fixtures/labelled/dev-postings.jsonl',
  'tests/fixtures/labelled/extra-postings.jsonl',
  'tests/fixtures/labelled/corpus-train.jsonl',
];

export function examplesOf(labelled: readonly LabelledPosting[]): Example[] {
  return labelled.map((l) => ({
    id: l.id,
    set: l.set,
    label: l.label,
    x: analyze(l.posting.title, l.posting.description).features.values,
  }));
}

export interface CvReport {
  options: FitOptions;
  /** Each posting's cross-validated predictions. */
  predictions: Map<string, RoleType[]>;
  overall: Metrics;
  bySet: Record<string, Metrics>;
  baseline: Record<string, Metrics>;
}

/** Cross-validated figures: each posting predicted by models fitted without it (first repeat's folds). */
export function cvReport(labelled: readonly LabelledPosting[], examples: readonly Example[], options: FitOptions): CvReport {
  const predictions = crossValidate(examples, options);
  const pairs = (rows: readonly LabelledPosting[]) =>
    rows.flatMap((l) => (predictions.get(l.id) ?? []).map((predicted: RoleType) => ({ actual: l.label, predicted })));
  const sets = [...new Set(labelled.map((l) => l.set))];
  return {
    options,
    predictions,
    overall: metricsOf(pairs(labelled)),
    bySet: Object.fromEntries(sets.map((s) => [s, metricsOf(pairs(labelled.filter((l) => l.set === s)))])),
    baseline: Object.fromEntries(
      sets.map((s) => [
        s,
        metricsOf(
          labelled.filter((l) => l.set === s).map((l) => ({ actual: l.label, predicted: classifyByTitle(l.posting.title) })),
        ),
      ]),
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function printMetrics(name: string, m: Metrics): void {
  console.log(`\n${name}: accuracy ${pct(m.accuracy)}  macro-F1 ${m.macroF1.toFixed(3)}  (n=${m.n})`);
  for (const [c, s] of Object.entries(m.perClass))
    console.log(
      `  ${c.padEnd(11)} precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}`,
    );
  console.log(`  confusion (rows actual, columns predicted): ${Object.keys(m.confusion).join(' / ')}`);
  for (const [actual, row] of Object.entries(m.confusion))
    console.log(
      `  ${actual.padEnd(11)} ${Object.values(row)
        .map((n) => String(n).padStart(5))
        .join('')}`,
    );
}

export function printReport(r: CvReport): void {
  console.log(
    `cross-validated (5 folds, 2 repeats; λ lead ${r.options.lambdaLead}, λ hybrid ${r.options.lambdaHybrid}, balanced ${r.options.balance})`,
  );
  printMetrics('all sets', r.overall);
  for (const [set, m] of Object.entries(r.bySet)) {
    printMetrics(`set ${set}`, m);
    const b = r.baseline[set];
    if (b) console.log(`  title baseline on ${set}: macro-F1 ${b.macroF1.toFixed(3)}`);
  }
}
