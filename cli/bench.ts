/**
 * npm run bench [-- --json]
 * Speed and size, as medians over many runs. Reported for people to compare,
 * never asserted: shared machines are noisy.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify } from '../lib/classify/role-type';
import { speakEnglish } from '../lib/cli/english';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { readPostings } from '../lib/cli/read-postings';
import { parseExport } from '../lib/db/backup';
import { extractPostings } from '../lib/extract';
import { readPage } from '../lib/extract/read-page';
import { fitOf } from '../lib/fit/score';
import type { PostingRecord } from '../lib/model/saved-posting';
import { type PostingQuery, queryRows, toRows } from '../lib/saved/query';
import { findChromium } from '../scripts/chromium';
import { launchExtension } from '../scripts/extension-browser';

speakEnglish();

const json = process.argv.includes('--json');
const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median milliseconds of fn over runs, after warm-up runs that are not counted. */
function time(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

// Extraction per fixture page, each at a URL of its site.
const SITE_URLS: Record<string, string> = {
  'linkedin/job-view-logged-in.html': 'https://www.linkedin.com/jobs/view/4011122233/',
  'indeed/search-pane.html': 'https://www.indeed.com/jobs?q=bakery&vjk=9f8e7d6c5b4a3921',
};
const pages = readdirSync(FIXTURES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('career-site/no-') && !f.includes('search-spa'));
const perPage = pages.map((file) => {
  const doc = parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));
  const url = SITE_URLS[file] ?? `https://jobs.example.com/${file}`;
  if (extractPostings(doc, url).length === 0) throw new Error(`bench: no posting read from ${file}`);
  return { file, ms: time(() => extractPostings(doc, url), 200), pageMs: time(() => readPage(doc, url), 200) };
});

// A large page that is not a job posting: what every non-job page on a matched site costs.
const paragraphs = Array.from(
  { length: 4000 },
  (_, i) =>
    `<div class="c${i % 17}"><h3>Section ${i}</h3><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p><a href="/p/${i}">more</a></div>`,
).join('');
const nonJob = parseHtmlDocument(
  `<!doctype html><html><head><title>News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><nav>${'<a href="#">link</a>'.repeat(300)}</nav><main>${paragraphs}</main></body></html>`,
);
const nonJobBytes = nonJob.documentElement.outerHTML.length;
const nonjobMs = time(() => extractPostings(nonJob, 'https://www.linkedin.com/feed/'), 30, 5);

// Classification of a 500-word posting.
const dev = resolve(FIXTURES, 'labelled/dev-postings.jsonl');
const postings = readPostings(dev, readFileSync(dev, 'utf8'), parseHtmlDocument).map((r) => r.posting);
const words = postings.flatMap((p) => p.description.split(/\s+/));
const fiveHundred = { title: 'Engineering Manager', description: words.slice(0, 500).join(' ') };
const classifyMs = time(() => classify(fiveHundred), 500, 50);
const classifyAllMs = time(() => postings.map((p) => classify(p)), 20, 3) / postings.length;

// The dashboard over 10,000 saved postings: sorting and filtering, in memory as the page does it.
const profile = parseExport(readFileSync(resolve(ROOT, 'examples/profiles/hybrid-leaning.json'), 'utf8')).profiles.at(-1);
const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'declined'] as const;
const records: PostingRecord[] = Array.from({ length: 10_000 }, (_, i) => {
  const posting = postings[i % postings.length] as (typeof postings)[number];
  const classification = classify(posting);
  return {
    id: `bench-${i}`,
    posting: { ...posting, id: `bench-${i}`, title: `${posting.title} ${i}`, company: `${posting.company} ${i % 97}` },
    classification,
    fit: profile ? fitOf(classification, profile) : null,
    site: 'bench.example',
    status: STATUSES[i % STATUSES.length] as PostingRecord['status'],
    notes: i % 7 === 0 ? 'referral' : '',
    firstSeenAt: i,
    seenAt: i,
    editedAt: 1_700_000_000_000 + i * 1000,
    updatedAt: 1_700_000_000_000 + i * 1000,
  };
});
const rows = toRows(records);
const base: PostingQuery = { search: '', roleTypes: [], bands: [], statuses: [], sort: { key: 'updatedAt', dir: 'desc' } };
const sortMs = Math.max(
  time(() => queryRows(rows, { ...base, sort: { key: 'fit', dir: 'desc' } }), 30, 5),
  time(() => queryRows(rows, { ...base, sort: { key: 'title', dir: 'asc' } }), 30, 5),
);
const filterMs = time(
  () =>
    queryRows(rows, {
      ...base,
      search: 'manager',
      roleTypes: ['leadership', 'hybrid'],
      bands: ['strong', 'good'],
      statuses: ['saved', 'applied'],
    }),
  30,
  5,
);

// Sizes of the built extension.
const OUT = resolve(ROOT, '.output/chrome-mv3');
function sizeOf(rel: string): { bytes: number; gzip: number } | null {
  const path = resolve(OUT, rel);
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  return { bytes: statSync(path).size, gzip: gzipSync(buf).length };
}
const built = existsSync(OUT)
  ? Object.fromEntries(
      readdirSync(OUT, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
        .map((f) => [f, sizeOf(f)]),
    )
  : {};
const contentScript = sizeOf('content-scripts/jobs.js');

const result = {
  extract_ms_p50: round(median(perPage.map((p) => p.ms))),
  /** The content script's share: reading the page, without making the text (the background does that). */
  page_read_ms_p50: round(median(perPage.map((p) => p.pageMs))),
  extract_ms_per_page: Object.fromEntries(perPage.map((p) => [p.file, round(p.ms)])),
  nonjob_ms_p50: round(nonjobMs),
  nonjob_page_bytes: nonJobBytes,
  classify_ms_p50: round(classifyMs),
  classify_ms_mean_dev_set: round(classifyAllMs),
  content_script_bytes: contentScript?.bytes ?? null,
  content_script_gzip_bytes: contentScript?.gzip ?? null,
  built_files: built,
  dashboard_sort_10k_ms: round(sortMs),
  dashboard_filter_10k_ms: round(filterMs),
  popup_first_render_ms: null as number | null,
};

// The popup's first render in real Chromium: navigation start to the first content, median of several opens.
if (findChromium() && existsSync(OUT)) {
  const h = await launchExtension();
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await h.extensionPage('popup.html');
    await page.waitForFunction(() => performance.getEntriesByName('crossroads:first-render').length > 0, null, {
      timeout: 10_000,
    });
    samples.push(await page.evaluate(() => performance.getEntriesByName('crossroads:first-render')[0]?.startTime ?? Number.NaN));
    await page.close();
  }
  await h.close();
  result.popup_first_render_ms = round(median(samples.slice(1)), 1);
}

if (json) console.log(JSON.stringify(result));
else {
  console.log('Extraction (median of 200 runs per page, linkedom DOM in Node)');
  for (const p of perPage) console.log(`  ${p.file.padEnd(48)} ${p.ms.toFixed(3)} ms`);
  console.log(`  median over pages                                ${result.extract_ms_p50} ms`);
  console.log(`  of which in the page (content script)           ${result.page_read_ms_p50} ms`);
  console.log(`Non-job page of ${(nonJobBytes / 1024).toFixed(0)} kB: ${result.nonjob_ms_p50} ms (median of 30)`);
  console.log(
    `Classification, 500-word posting: ${result.classify_ms_p50} ms (median of 500); dev-set mean ${result.classify_ms_mean_dev_set} ms`,
  );
  console.log(
    `Dashboard, 10,000 postings: sort ${result.dashboard_sort_10k_ms} ms, filter and search ${result.dashboard_filter_10k_ms} ms (medians)`,
  );
  console.log(`Popup first render: ${result.popup_first_render_ms ?? 'not measured (needs Chromium and a build)'} ms`);
  if (contentScript) console.log(`Content script: ${contentScript.bytes} bytes minified, ${contentScript.gzip} gzipped`);
  else console.log('Content script: not built (npm run build first)');
  for (const [f, s] of Object.entries(built))
    if (s) console.log(`  ${f.padEnd(48)} ${String(s.bytes).padStart(8)} B  ${String(s.gzip).padStart(7)} B gz`);
}
