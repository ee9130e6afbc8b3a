/**
 * Size budgets of the built extension, checked in CI. Sizes are exact, so a
 * budget can be asserted; times are not (shared machines are noisy) and are
 * only reported by `npm run bench`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../.output/chrome-mv3');

/**
 * Bytes, minified. The content script runs on every job page: its budget is
 * the one that matters most. It reads the page and draws the badge, no more:
 * HTML to text and everything else happens in the background.
 */
const BUDGETS: Array<{ match: RegExp; max: number; what: string }> = [
  { match: /^content-scripts\/jobs\.js$/, max: 20_000, what: 'job-site content script' },
  { match: /^background\.js$/, max: 300 * 1024, what: 'background service worker' },
  { match: /^analyze\.js$/, max: 100 * 1024, what: 'on-demand page analyzer' },
  { match: /^chunks\/.*\.js$/, max: 600 * 1024, what: 'extension page chunk' },
  { match: /^assets\/.*\.css$/, max: 40 * 1024, what: 'extension page styles' },
];

if (!existsSync(OUT)) {
  console.error(`${OUT} is missing: run npm run build first.`);
  process.exit(1);
}
let failed = false;
const files = readdirSync(OUT, { recursive: true })
  .map(String)
  .filter((f) => /\.(js|css)$/.test(f))
  .sort();
for (const file of files) {
  const bytes = statSync(resolve(OUT, file)).size;
  const budget = BUDGETS.find((b) => b.match.test(file));
  const over = budget && bytes > budget.max;
  if (over) failed = true;
  console.log(
    `${over ? '✗' : '✓'} ${file.padEnd(44)} ${String(bytes).padStart(8)} B${budget ? `  (budget ${budget.max} B, ${budget.what})` : ''}`,
  );
}
if (!files.some((f) => BUDGETS[0]?.match.test(f))) {
  console.error('The content script is missing from the build.');
  failed = true;
}
process.exit(failed ? 1 : 0);
