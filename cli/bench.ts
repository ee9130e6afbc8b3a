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
import { siteFor } from '../lib/extract/sites';
import { fitOf } from '../lib/fit/score';
import type { PostingRecord } from '../lib/model/saved-posting';
import { type PostingQuery, queryRows, toRows } from '../lib/saved/query';
import { findChromium } from '../scripts/chromium';
import { launchExtension } from '../scripts/extension-browser';
import { findFirefox } from '../scripts/firefox';
import { type BrowserFigures, benchBrowsers } from './bench-browser';
import { benchStorage, SAVED, SEEN, type StorageFigures } from './bench-storage';

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

// The readers on every committed fixture page, each at the address it stands for (tests/fixtures/addresses.json).
const ADDRESSES = JSON.parse(readFileSync(resolve(FIXTURES, 'addresses.json'), 'utf8')) as Record<string, Record<string, string>>;
const hostOf = (url: string) => new URL(url).hostname;
const pageOf = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));
const postingPages = [
  ...Object.entries(ADDRESSES.postings ?? {}).map(([file, url]) => ({ file, url, analyze: false })),
  ...Object.entries(ADDRESSES.analyze ?? {}).map(([file, url]) => ({ file, url, analyze: true })),
];
const perPage = postingPages.map(({ file, url, analyze }) => {
  const doc = pageOf(file);
  const site = siteFor(hostOf(url), analyze);
  if (extractPostings(doc, url, { analyze }).length !== 1) throw new Error(`bench: no single posting read from ${file}`);
  return {
    file,
    ms: time(() => extractPostings(doc, url, { analyze }), 200),
    pageMs: time(() => readPage(doc, url, { site }), 200),
  };
});
// Pages with no single posting cost a reading too: the readers must refuse them quickly.
const refusals = Object.entries(ADDRESSES.none ?? {}).map(([file, url]) => {
  const doc = pageOf(file);
  const site = siteFor(hostOf(url), true);
  if (readPage(doc, url, { site }).length !== 0) throw new Error(`bench: a posting read from ${file}`);
  return { file, pageMs: time(() => readPage(doc, url, { site }), 200) };
});

// A large page that is not a job posting: what a page on a job site costs when it holds no posting, read by the
// site reader and then the reader for pages without structured data (search results with no job selected).
const paragraphs = Array.from(
  { length: 4000 },
  (_, i) =>
    `<div class="c${i % 17}"><h3>Section ${i}</h3><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p><a href="/p/${i}">more</a></div>`,
).join('');
const nonJob = parseHtmlDocument(
  `<!doctype html><html><head><title>News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><nav>${'<a href="#">link</a>'.repeat(300)}</nav><main>${paragraphs}<h2>Requirements</h2><p>None.</p><h2>Benefits</h2><p>Many.</p></main></body></html>`,
);
const nonJobBytes = nonJob.documentElement.outerHTML.length;
const NON_JOB_URL = 'https://www.indeed.com/jobs?q=news';
const nonjobMs = time(() => readPage(nonJob, NON_JOB_URL, { site: siteFor(hostOf(NON_JOB_URL)) }), 30, 5);
const nonjobAnalyzeMs = time(
  () => readPage(nonJob, 'https://news.example/today', { site: siteFor('news.example', true) }),
  30,
  5,
);

// A 15 MB JSON-LD block with raw newlines in its strings: repaired on the first detection, remembered after.
const brokenLd = `{"@type":"JobPosting","title":"Big","description":"${'a line\nof text '.repeat(1_000_000)}",}`;
const brokenPage = parseHtmlDocument(
  `<!doctype html><html><head><script type="application/ld+json">${brokenLd}</script></head><body><h1>Big</h1></body></html>`,
);
const BROKEN_URL = 'https://job-boards.greenhouse.io/big/jobs/1';
const t0 = performance.now();
readPage(brokenPage, BROKEN_URL, { site: siteFor(hostOf(BROKEN_URL)) });
const brokenFirstMs = performance.now() - t0;
const brokenAgainMs = time(() => readPage(brokenPage, BROKEN_URL, { site: siteFor(hostOf(BROKEN_URL)) }), 10, 2);

// Classification of a 500-word posting.
const dev = resolve(FIXTURES, 'labelled/dev-postings.jsonl');
const postings = readPostings(dev, readFileSync(dev, 'utf8'), parseHtmlDocument).map((r) => r.posting);
// Real-length postings as they read (sections, lists, boilerplate): those of the corpus with 450 to 550 words.
const corpusFile = resolve(FIXTURES, 'labelled/corpus-train.jsonl');
const fiveHundreds = readPostings(corpusFile, readFileSync(corpusFile, 'utf8'), parseHtmlDocument)
  .map((r) => r.posting)
  .filter((p) => {
    const n = p.description.split(/\s+/).length;
    return n >= 450 && n <= 550;
  });
for (const p of fiveHundreds) classify(p);
const perPosting = fiveHundreds.map((p) => time(() => classify(p), 9, 2)).sort((a, b) => a - b);
const classifyMs = perPosting[perPosting.length >> 1] ?? 0;
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
    questions: [],
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
/** What a job page loads: the content script and its site's reader (the largest of them, the smallest). */
const siteReaders = Object.entries(built).filter(([f, v]) => /^content-scripts\/site-/.test(f) && v) as Array<
  [string, { bytes: number; gzip: number }]
>;
const largestReader = siteReaders.reduce(
  (a, b) => (b[1].bytes > a[1].bytes ? b : a),
  siteReaders[0] ?? ['', { bytes: 0, gzip: 0 }],
);
const smallestReader = siteReaders.reduce(
  (a, b) => (b[1].bytes < a[1].bytes ? b : a),
  siteReaders[0] ?? ['', { bytes: 0, gzip: 0 }],
);

const result = {
  extract_ms_p50: round(median(perPage.map((p) => p.ms))),
  /** The content script's share: reading the page, without making the text (the background does that). */
  page_read_ms_p50: round(median(perPage.map((p) => p.pageMs))),
  extract_ms_per_page: Object.fromEntries(perPage.map((p) => [p.file, round(p.ms)])),
  /** The content script's share on the pages that hold no single posting (search results, listings, walls). */
  refuse_ms_p50: round(median(refusals.map((p) => p.pageMs))),
  refuse_ms_per_page: Object.fromEntries(refusals.map((p) => [p.file, round(p.pageMs)])),
  nonjob_ms_p50: round(nonjobMs),
  nonjob_analyze_ms_p50: round(nonjobAnalyzeMs),
  nonjob_page_bytes: nonJobBytes,
  broken_jsonld_bytes: brokenLd.length,
  broken_jsonld_first_ms: round(brokenFirstMs, 1),
  broken_jsonld_again_ms_p50: round(brokenAgainMs),
  classify_ms_p50: round(classifyMs),
  classify_ms_mean_dev_set: round(classifyAllMs),
  content_script_bytes: contentScript?.bytes ?? null,
  content_script_gzip_bytes: contentScript?.gzip ?? null,
  site_reader_bytes_max: largestReader[1].bytes || null,
  site_reader_bytes_min: smallestReader[1].bytes || null,
  job_page_script_bytes_max: contentScript ? contentScript.bytes + largestReader[1].bytes : null,
  built_files: built,
  dashboard_sort_10k_ms: round(sortMs),
  dashboard_filter_10k_ms: round(filterMs),
  popup_first_render_ms: null as number | null,
  /** Measured in Chromium and Firefox with the built extensions (cli/bench-browser.ts); null where not measured. */
  chromium_content_job_ms_p50: null as number | null,
  chromium_content_nonjob_ms_p50: null as number | null,
  chromium_badge_ms_p50: null as number | null,
  sw_cold_classify_ms: null as number | null,
  firefox_badge_ms_p50: null as number | null,
  firefox_popup_first_render_ms: null as number | null,
  firefox_content_job_ms_p50: null as BrowserFigures['firefox_content_job_ms_p50'],
  /** 20,000 seen and 2,000 saved postings in the extension's database (cli/bench-storage.ts). */
  storage: null as StorageFigures | null,
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
  Object.assign(
    result,
    await benchBrowsers({ firefox: Boolean(findFirefox()) && existsSync(resolve(ROOT, '.output/firefox-mv3')) }),
  );
  result.storage = await benchStorage();
}

if (json) console.log(JSON.stringify(result));
else {
  console.log(`Extraction of ${perPage.length} posting pages at their addresses (median of 200 runs each, linkedom DOM in Node)`);
  for (const p of perPage) console.log(`  ${p.file.padEnd(52)} ${p.ms.toFixed(3)} ms`);
  console.log(`  median over pages                                    ${result.extract_ms_p50} ms`);
  console.log(`  of which in the page (content script)               ${result.page_read_ms_p50} ms`);
  console.log(`${refusals.length} pages without a single posting, refused in ${result.refuse_ms_p50} ms (median over pages)`);
  console.log(
    `Non-job page of ${(nonJobBytes / 1024).toFixed(0)} kB: ${result.nonjob_ms_p50} ms on a job site, ${result.nonjob_analyze_ms_p50} ms by "Analyze this page" (medians of 30)`,
  );
  console.log(
    `Broken JSON-LD of ${(brokenLd.length / 1e6).toFixed(1)} MB: first detection ${result.broken_jsonld_first_ms} ms, then ${result.broken_jsonld_again_ms_p50} ms (repair remembered)`,
  );
  console.log(
    `Classification, a 500-word posting: ${result.classify_ms_p50} ms (median over the corpus's ${fiveHundreds.length} postings of 450 to 550 words); dev-set mean ${result.classify_ms_mean_dev_set} ms`,
  );
  console.log(
    `Dashboard, 10,000 postings: sort ${result.dashboard_sort_10k_ms} ms, filter and search ${result.dashboard_filter_10k_ms} ms (medians)`,
  );
  console.log(`Popup first render: ${result.popup_first_render_ms ?? 'not measured (needs Chromium and a build)'} ms`);
  if (result.chromium_badge_ms_p50 !== null) {
    console.log('In the browsers, with the built extensions (medians of 7):');
    console.log(
      `  Chromium: content script main-thread time ${result.chromium_content_job_ms_p50} ms on a job page, ${result.chromium_content_nonjob_ms_p50} ms on a ${(nonJobBytes / 1e6).toFixed(1)} MB non-job page of a job site`,
    );
    console.log(
      `  Chromium: page load to badge ${result.chromium_badge_ms_p50} ms; first classification after the service worker starts (navigation to badge) ${result.sw_cold_classify_ms} ms`,
    );
    console.log(
      `  Firefox: page load to badge ${result.firefox_badge_ms_p50 ?? 'not measured'} ms, popup first render ${result.firefox_popup_first_render_ms ?? 'not measured'} ms; content script time not readable (no CDP)`,
    );
  }
  const st = result.storage;
  if (st) {
    console.log(`With ${SEEN.toLocaleString('en')} seen and ${SAVED.toLocaleString('en')} saved postings (Chromium, medians):`);
    console.log(
      `  popup first render ${st.popup_first_render_20k_ms} ms (goal 200), dashboard interactive ${st.dashboard_ready_20k_ms} ms (goal 1,000), heap ${st.dashboard_heap_20k_mb} MB`,
    );
    console.log(`  refit after a profile import ${st.refit_20k_ms} ms (goal 2,000)`);
    console.log(
      `  one-time upgrade of a version 2 database of ${(SEEN + SAVED).toLocaleString('en')} postings: ${st.upgrade_v2_22k_ms} ms`,
    );
  }
  if (contentScript) {
    console.log(`Content script: ${contentScript.bytes} bytes minified, ${contentScript.gzip} gzipped`);
    console.log(
      `Site readers: ${result.site_reader_bytes_min}–${result.site_reader_bytes_max} bytes; a job page loads at most ${result.job_page_script_bytes_max}`,
    );
  } else console.log('Content script: not built (npm run build first)');
  for (const [f, s] of Object.entries(built))
    if (s) console.log(`  ${f.padEnd(48)} ${String(s.bytes).padStart(8)} B  ${String(s.gzip).padStart(7)} B gz`);
}
