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
 * HTML to text and everything else happens in the background. Each job site's
 * pages also get that site's reader (content-scripts/site-*.js: the site's
 * selectors and the reader for pages without structured data), and only that
 * one: a page loads the content script and one site reader, never all 27.
 */
const CONTENT_SCRIPT = /^content-scripts\/jobs\.js$/;
const SITE_READER = /^content-scripts\/site-.*\.js$/;
/** What a job page loads in all: the content script and its site's reader. */
const PER_PAGE_MAX = 30_000;
const BUDGETS: Array<{ match: RegExp; max: number; what: string }> = [
  { match: CONTENT_SCRIPT, max: 20_000, what: 'job-site content script' },
  { match: SITE_READER, max: 12_000, what: "one site's reader" },
  // The worker holds the classifier (rules in four languages, fitted weights), storage and fit: it loads once per
  // start, off every page's thread. 300 KiB held until the rebuilt classifier and the frames' relay (about 350 kB);
  // the cold start it costs is in npm run bench (sw_cold_classify_ms).
  { match: /^background\.js$/, max: 384 * 1024, what: 'background service worker' },
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
if (!files.some((f) => CONTENT_SCRIPT.test(f))) {
  console.error('The content script is missing from the build.');
  failed = true;
}
const size = (f: string) => statSync(resolve(OUT, f)).size;
const core = files.filter((f) => CONTENT_SCRIPT.test(f)).map(size)[0] ?? 0;
const readers = files.filter((f) => SITE_READER.test(f));
const largest = Math.max(0, ...readers.map(size));
const perPage = core + largest;
if (readers.length === 0) {
  console.error('The site readers are missing from the build.');
  failed = true;
}
if (perPage > PER_PAGE_MAX) failed = true;
console.log(
  `${perPage > PER_PAGE_MAX ? '✗' : '✓'} ${'a job page at most: content script + largest site reader'.padEnd(44)} ${String(perPage).padStart(8)} B  (budget ${PER_PAGE_MAX} B)`,
);
process.exit(failed ? 1 : 0);
