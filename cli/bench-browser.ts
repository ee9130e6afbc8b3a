/**
 * The speed figures of `npm run bench` measured in the browsers, with the
 * built extensions: what a user's machine pays on a job page. Reported,
 * never asserted.
 *
 * Chromium:
 * - content script main-thread time: CDP's Performance.getMetrics
 *   ScriptDuration of the job page's process once the badge shows. The
 *   fixture pages run no script of their own, and the badge and panel are
 *   extension frames in another process, so what it counts is the content
 *   script and its site reader.
 * - page load to badge: from the page's load event to its badge frame shown
 *   (polled every 20 ms).
 * - cold classification: the service worker stopped (CDP
 *   ServiceWorker.stopAllWorkers), then a job page opened: navigation to
 *   badge, which includes starting the worker, opening the database and
 *   classifying the first posting.
 * Firefox (no CDP there): page load to badge, and the popup's first render.
 */
import { performance } from 'node:perf_hooks';
import type { CDPSession } from 'playwright-core';
import { launchExtension, shownBadges } from '../scripts/extension-browser';
import { type FirefoxHarness, shownBadges as firefoxBadges, launchFirefoxExtension } from '../scripts/extension-firefox';

const JOB_URL = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const JOB_FIXTURE = 'greenhouse/director-analytical-development.html';
const NONJOB_URL = 'https://www.indeed.com/jobs?q=news';

export interface BrowserFigures {
  chromium_content_job_ms_p50: number;
  chromium_content_nonjob_ms_p50: number;
  chromium_badge_ms_p50: number;
  sw_cold_classify_ms: number;
  firefox_badge_ms_p50: number | null;
  firefox_popup_first_render_ms: number | null;
  /** Not readable in Firefox without CDP: its profiler is not reachable through WebDriver. */
  firefox_content_job_ms_p50: null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
const round = (x: number) => Number(x.toFixed(1));

/** A 2 MB page of a job site that holds no posting (search results with no job selected). */
export function nonJobPage(): string {
  const paragraphs = Array.from(
    { length: 4000 },
    (_, i) =>
      `<div class="c${i % 17}"><h3>Section ${i}</h3><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p><a href="/p/${i}">more</a></div>`,
  ).join('');
  return `<!doctype html><html><head><title>News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><nav>${'<a href="#">link</a>'.repeat(300)}</nav><main>${paragraphs}<h2>Requirements</h2><p>None.</p><h2>Benefits</h2><p>Many.</p></main></body></html>`;
}

async function until<T>(probe: () => Promise<T | undefined>, timeout = 20_000, every = 20): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (performance.now() > end) throw new Error('bench: timed out');
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Main-thread script time of the page's process so far, from the CDP session that enabled Performance on it. */
async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}

async function chromiumFigures(runs: number) {
  const h = await launchExtension();
  h.serve(JOB_URL, JOB_FIXTURE);
  h.serveHtml(NONJOB_URL, nonJobPage());
  const job: number[] = [];
  const nonjob: number[] = [];
  const badge: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(JOB_URL, { waitUntil: 'load' });
    const loaded = performance.now();
    await until(async () => ((await shownBadges(page)).length > 0 ? true : undefined));
    const toBadge = performance.now() - loaded;
    const ms = await scriptMs(cdp);
    if (i > 0) {
      badge.push(toBadge);
      job.push(ms);
    }
    await page.close();

    const other = await h.context.newPage();
    const cdp2 = await h.context.newCDPSession(other);
    await cdp2.send('Performance.enable');
    await other.goto(NONJOB_URL, { waitUntil: 'load' });
    // The detector reads at once and again once changes settle (at most a second later).
    await other.waitForTimeout(1_500);
    if (i > 0) nonjob.push(await scriptMs(cdp2));
    await other.close();
  }

  // Cold: the worker stopped, then the next job page.
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
  const start = performance.now();
  await page.goto(JOB_URL, { waitUntil: 'commit' });
  await until(async () => ((await shownBadges(page)).length > 0 ? true : undefined));
  const cold = performance.now() - start;
  await h.close();
  return {
    chromium_content_job_ms_p50: round(median(job)),
    chromium_content_nonjob_ms_p50: round(median(nonjob)),
    chromium_badge_ms_p50: round(median(badge)),
    sw_cold_classify_ms: round(cold),
  };
}

async function firefoxFigures(runs: number) {
  let h: FirefoxHarness | undefined;
  try {
    h = await launchFirefoxExtension();
    h.serve(JOB_URL, JOB_FIXTURE);
    const badge: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await h.open(JOB_URL);
      const loaded = performance.now();
      await h.marionette.switchToWindow(await h.handleOf(page));
      const harness = h;
      await until(async () => ((await firefoxBadges(harness.marionette)).length > 0 ? true : undefined), 20_000, 0);
      if (i > 0) badge.push(performance.now() - loaded);
      await page.close();
    }
    const renders: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await h.extensionPage('popup.html');
      const m = h.marionette;
      const at = await until(
        () =>
          m
            .execute<number | null>(`return performance.getEntriesByName('crossroads:first-render')[0]?.startTime ?? null`)
            .then((v) => v ?? undefined),
        10_000,
      );
      if (i > 0) renders.push(at);
      await m.closeWindow();
    }
    return { firefox_badge_ms_p50: round(median(badge)), firefox_popup_first_render_ms: round(median(renders)) };
  } finally {
    await h?.close();
  }
}

export async function benchBrowsers(opts: { firefox: boolean; runs?: number }): Promise<BrowserFigures> {
  const runs = opts.runs ?? 7;
  const chromium = await chromiumFigures(runs);
  const firefox = opts.firefox ? await firefoxFigures(runs) : { firefox_badge_ms_p50: null, firefox_popup_first_render_ms: null };
  return { ...chromium, ...firefox, firefox_content_job_ms_p50: null };
}
