/**
 * `npm run fit`: fits the classifier's weights (lib/classify/model/weights.json)
 * on the labelled sets, choosing the regularisation by cross-validation, and
 * prints the cross-validated figures per set beside the title baseline. Weights
 * are fitted, never set by feel: change a rule or a feature, then refit.
 *
 *   npm run fit                       the project's training sets, and ../shared/data/real-dev when it is there
 *   npm run fit -- --with FILE.jsonl  also fit on FILE, reported only through cross-validation
 *   npm run fit -- --dry              report, write nothing
 *   npm run fit -- --test FILE.jsonl  also report the fitted model on FILE, which it never saw
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitModel, predictLabel } from '../lib/classify/fit/train';
import { metricsOf } from '../lib/classify/metrics';
import { classifyByTitle } from '../lib/classify/title-baseline';
import { speakEnglish } from '../lib/cli/english';
import { readLabelled } from '../lib/cli/labelled';
import { cvReport, examplesOf, printMetrics, printReport, REAL_DEV, TRAINING_SETS } from './fit-report';

speakEnglish();
const args = process.argv.slice(2);
const extra = [
  ...args.flatMap((a, i) => (args[i - 1] === '--with' ? [a] : [])),
  ...(args.includes('--no-real') ? [] : [REAL_DEV]),
];
const files = [...TRAINING_SETS.map((f) => resolve(f)), ...extra.map((f) => resolve(f))].filter((f) => {
  if (existsSync(f)) return true;
  console.error(`skipped (not found): ${f}`);
  return false;
});
const labelled = files.flatMap(readLabelled);
const examples = examplesOf(labelled);

const GRID = [0.1, 0.3, 1, 3, 10];
const SET_WEIGHTS: Record<string, number> = JSON.parse(process.env.SET_WEIGHTS ?? '{}');
let best: ReturnType<typeof cvReport> | undefined;
for (const lambdaLead of GRID)
  for (const lambdaHybrid of GRID)
    for (const balance of [false, true]) {
      const report = cvReport(labelled, examples, { lambdaLead, lambdaHybrid, balance, setWeights: SET_WEIGHTS });
      if (!best || report.overall.macroF1 > best.overall.macroF1) best = report;
    }
if (!best) throw new Error('nothing to fit');
printReport(best);
for (const set of args.flatMap((a, i) => (args[i - 1] === '--errors' ? [a] : []))) {
  console.log(`\ncross-validated misses in ${set}:`);
  for (const l of labelled.filter((x) => x.set === set)) {
    const p = best.predictions.get(l.id)?.[0];
    if (p && p !== l.label) console.log(`  ${l.id}  ${l.label} -> ${p}  ${l.posting.title}`);
  }
}
const weights = fitModel(examples, best.options);
const meta = {
  fitted: new Date().toISOString().slice(0, 10),
  options: best.options,
  sets: [...new Set(labelled.map((l) => l.set))].map((set) => ({ set, n: labelled.filter((l) => l.set === set).length })),
  cv: Object.fromEntries(Object.entries(best.bySet).map(([set, m]) => [set, Number(m.macroF1.toFixed(3))])),
};
for (const file of args.flatMap((a, i) => (args[i - 1] === '--test' ? [a] : []))) {
  const test = readLabelled(resolve(file));
  const tx = examplesOf(test);
  printMetrics(
    `fitted model on ${file}, never seen in fitting`,
    metricsOf(tx.map((e) => ({ actual: e.label, predicted: predictLabel(weights, e.x) }))),
  );
  printMetrics(
    'title baseline there',
    metricsOf(test.map((l) => ({ actual: l.label, predicted: classifyByTitle(l.posting.title) }))),
  );
}
if (!args.includes('--dry')) {
  // Six significant digits are far finer than the fit's own uncertainty, and the file is bundled into the service worker.
  const round = (_key: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v);
  writeFileSync(resolve('lib/classify/model/weights.json'), `${JSON.stringify({ ...weights, meta }, round)}\n`);
  console.log('\nwrote lib/classify/model/weights.json');
}
