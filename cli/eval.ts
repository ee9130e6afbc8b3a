import { readFileSync } from 'node:fs';
import { type Metrics, metricsOf } from '../lib/classify/metrics';
import { classify } from '../lib/classify/role-type';
import { classifyByTitle } from '../lib/classify/title-baseline';
import { speakEnglish } from '../lib/cli/english';
import { readPostings } from '../lib/cli/read-postings';
import { roleTypeSchema } from '../lib/model/role-type';

speakEnglish();

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- <labelled.jsonl> [--json]');
  process.exit(2);
}

const rows = readPostings(file, readFileSync(file, 'utf8'), () => {
  throw new Error('eval reads .json or .jsonl');
});
const results = rows.map(({ posting, raw, source }) => {
  const label = roleTypeSchema.safeParse(raw?.label);
  if (!label.success) throw new Error(`${source}: "label" must be leadership, specialist or hybrid`);
  const id = typeof raw?.id === 'string' ? raw.id : posting.id;
  return {
    id,
    title: posting.title,
    actual: label.data,
    predicted: classify(posting).roleType,
    baseline: classifyByTitle(posting.title),
  };
});

const model = metricsOf(results);
const baseline = metricsOf(results.map((r) => ({ actual: r.actual, predicted: r.baseline })));
const misclassified = results.filter((r) => r.actual !== r.predicted);

if (json) {
  console.log(
    JSON.stringify({
      model,
      baseline,
      misclassified: misclassified.map(({ id, actual, predicted }) => ({ id, actual, predicted })),
    }),
  );
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const print = (name: string, m: Metrics) => {
    console.log(`\n${name}: accuracy ${pct(m.accuracy)}  macro-F1 ${m.macroF1.toFixed(3)}  (n=${m.n})`);
    for (const [c, s] of Object.entries(m.perClass)) {
      console.log(
        `  ${c.padEnd(11)} precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}`,
      );
    }
    console.log(`  confusion (rows actual, columns predicted): ${Object.keys(m.confusion).join(' / ')}`);
    for (const [actual, row] of Object.entries(m.confusion))
      console.log(
        `  ${actual.padEnd(11)} ${Object.values(row)
          .map((n) => String(n).padStart(4))
          .join('')}`,
      );
  };
  print('Crossroads classifier', model);
  print('Title-keyword baseline', baseline);
  console.log(`\nmisclassified (${misclassified.length}):`);
  for (const r of misclassified) console.log(`  ${r.id}  ${r.actual} -> ${r.predicted}  ${r.title}`);
}
