/**
 * `npm run eval`: how well the classifier labels postings, beside the title baseline.
 *
 *   npm run eval -- FILE.jsonl   the committed model on a labelled file (in-sample if it was fitted on it: says so)
 *   npm run eval -- --frozen     the frozen partition, never used for fitting or for writing rules
 *   npm run eval -- --cv         cross-validated figures on the training sets (each posting predicted by models fitted without it)
 *   npm run eval -- --real       the same, with ../shared/data/real-dev fitted and reported only through cross-validation
 *   add --json for one JSON object, --errors to list the misses
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { predictLabel } from '../lib/classify/fit/train';
import { metricsOf } from '../lib/classify/metrics';
import { weights } from '../lib/classify/model/apply';
import { classifyByTitle } from '../lib/classify/title-baseline';
import { speakEnglish } from '../lib/cli/english';
import { readLabelled } from '../lib/cli/labelled';
import { cvReport, examplesOf, printMetrics, printReport, REAL_DEV, TRAINING_SETS } from '../scripts/fit-report';

speakEnglish();
const args = process.argv.slice(2);
const json = args.includes('--json');
const errors = args.includes('--errors');
const fitted = weights as typeof weights & { meta?: { options: Parameters<typeof cvReport>[2]; sets: Array<{ set: string }> } };

if (args.includes('--cv') || args.includes('--real')) {
  const files = [...TRAINING_SETS, ...(args.includes('--real') ? [REAL_DEV] : [])].map((f) => resolve(f));
  for (const f of files) if (!existsSync(f)) throw new Error(`not found: ${f}`);
  const labelled = files.flatMap(readLabelled);
  const options = fitted.meta?.options ?? { lambdaLead: 3, lambdaHybrid: 30, balance: false };
  const report = cvReport(labelled, examplesOf(labelled), options);
  if (json)
    console.log(
      JSON.stringify(
        Object.fromEntries(Object.entries(report.bySet).map(([s, m]) => [s, { model: m, baseline: report.baseline[s] }])),
      ),
    );
  else printReport(report);
  if (errors)
    for (const l of labelled) {
      const p = report.predictions.get(l.id)?.[0];
      if (p && p !== l.label) console.log(`  ${l.id}  ${l.label} -> ${p}  ${l.posting.title}`);
    }
} else {
  const file = args.includes('--frozen') ? 'tests/fixtures/labelled/corpus-frozen.jsonl' : args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run eval -- FILE.jsonl | --frozen | --cv | --real  [--json] [--errors]');
    process.exit(2);
  }
  const labelled = readLabelled(resolve(file));
  const set = basename(file).replace(/\.jsonl?$/, '');
  const examples = examplesOf(labelled);
  const results = labelled.map((l, i) => ({
    id: l.id,
    title: l.posting.title,
    actual: l.label,
    predicted: predictLabel(weights, examples[i]?.x ?? new Float64Array()),
    baseline: classifyByTitle(l.posting.title),
  }));
  const model = metricsOf(results);
  const baseline = metricsOf(results.map((r) => ({ actual: r.actual, predicted: r.baseline })));
  const inSample = fitted.meta?.sets.some((s) => s.set === set) ?? false;
  if (json) console.log(JSON.stringify({ model, baseline, inSample }));
  else {
    if (inSample)
      console.log(`note: the weights were fitted on ${set}; these figures are in-sample (npm run eval -- --cv for honest ones)`);
    printMetrics('Crossroads classifier', model);
    printMetrics('Title-keyword baseline', baseline);
  }
  if (errors)
    for (const r of results.filter((x) => x.actual !== x.predicted))
      console.log(`  ${r.id}  ${r.actual} -> ${r.predicted}  ${r.title}`);
}
