import { describe, expect, it } from 'vitest';
import { TOO_OFTEN } from '@/lib/background/handle-request';
import { KEPT_EVIDENCE } from '@/lib/background/kept-report';
import { rateLimitPer } from '@/lib/background/rate-limit';
import type { AnalyzedPosting } from '@/lib/messages/protocol';
import {
  fromFrame,
  fromPage,
  fromPopup,
  handleRequest,
  handlerDeps,
  memoryArea,
  memoryTabs,
  SAMPLE_KEY,
  samplePosting,
} from '../helpers';

type Answer = { ok: true; data: { results: Array<{ id: string; title: string; token: string }> } };
const analyze = (postings: unknown[], script: 'jobs' | 'analyze' = 'jobs') => ({ type: 'analyzePostings', script, postings });
const idsOf = async (deps: ReturnType<typeof handlerDeps>, tabId = 7) =>
  ((await handleRequest({ type: 'getTabPostings', tabId }, fromPopup, deps)) as { ok: true; data: { ids: string[] } }).data.ids;
const tokenOf = (answer: unknown) => (answer as Answer).data.results[0]?.token as string;
const frameAsks = (deps: ReturnType<typeof handlerDeps>, token: string, tabId = 7) =>
  handleRequest({ type: 'getAnalysis', token }, fromFrame(tabId), deps);

/** A description the classifier finds a great deal of evidence in, as long postings do. */
const longDescription = Array.from(
  { length: 60 },
  (_, i) =>
    `You will manage a team of ${i + 3} engineers, run hiring and performance reviews, own the budget and write production code every day (${i}).`,
).join(' ');

describe('what a tab reported, as the page changes', () => {
  it('forgets the posting when the page says it shows none: the popup sees nothing, the old badge’s token is dead', async () => {
    const deps = handlerDeps();
    const token = tokenOf(await handleRequest(analyze([samplePosting()]), fromPage(7), deps));
    expect(await idsOf(deps)).toEqual([SAMPLE_KEY]);
    expect(await handleRequest({ type: 'clearTab', script: 'jobs' }, fromPage(7), deps)).toEqual({ ok: true, data: {} });
    expect(await idsOf(deps)).toEqual([]);
    expect(await frameAsks(deps, token)).toMatchObject({ ok: false });
  });

  it('clears only the tab that asked, and only from a page', async () => {
    const deps = handlerDeps();
    await handleRequest(analyze([samplePosting()]), fromPage(7), deps);
    await handleRequest(analyze([samplePosting()]), fromPage(8), deps);
    await handleRequest({ type: 'clearTab', script: 'jobs' }, fromPage(8), deps);
    expect(await idsOf(deps, 7)).toEqual([SAMPLE_KEY]);
    expect(await handleRequest({ type: 'clearTab', script: 'jobs' }, fromFrame(7), deps)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'clearTab', script: 'elsewhere' }, fromPage(7), deps)).toMatchObject({ ok: false });
    expect(await idsOf(deps, 7)).toEqual([SAMPLE_KEY]);
  });

  it('keeps the job-site script’s and "Analyze this page"’s reports apart: neither kills the other’s badge tokens', async () => {
    const deps = handlerDeps();
    const jobs = tokenOf(await handleRequest(analyze([samplePosting()], 'jobs'), fromPage(7), deps));
    const other = samplePosting({ id: 'gh-2', title: 'Staff Engineer' });
    const analyzed = tokenOf(await handleRequest(analyze([other], 'analyze'), fromPage(7), deps));
    expect(await frameAsks(deps, jobs)).toMatchObject({ ok: true, data: { title: 'Engineering Manager' } });
    expect(await frameAsks(deps, analyzed)).toMatchObject({ ok: true, data: { title: 'Staff Engineer' } });
    expect((await idsOf(deps)).length).toBe(2);
    // "Analyze this page" finding nothing leaves the job-site script's posting shown.
    await handleRequest({ type: 'clearTab', script: 'analyze' }, fromPage(7), deps);
    expect(await frameAsks(deps, jobs)).toMatchObject({ ok: true });
    expect(await frameAsks(deps, analyzed)).toMatchObject({ ok: false });
    // The tab closing takes both.
    await deps.tabs.remove(7);
    expect(await idsOf(deps)).toEqual([]);
  });
});

describe('what a tab keeps, bounded', () => {
  it('keeps what the frames show and a bounded number of evidence items, a few kB a posting', async () => {
    const area = memoryArea();
    const deps = handlerDeps({ tabs: memoryTabs(area) });
    const answer = await handleRequest(analyze([samplePosting({ description: longDescription })]), fromPage(7), deps);
    const got = (await frameAsks(deps, tokenOf(answer))) as { ok: true; data: AnalyzedPosting };
    expect(got.ok).toBe(true);
    expect(got.data.classification.reasons.length).toBeGreaterThan(0);
    expect(got.data.classification.evidence.length).toBeLessThanOrEqual(KEPT_EVIDENCE);
    expect(got.data.classification.evidence.length).toBeGreaterThan(0);
    expect(area.size()).toBeLessThan(12_000);
  });

  it('makes room by dropping other tabs’ oldest reports when the area is full, and never fails the page', async () => {
    const area = memoryArea(9_000);
    let now = 1_000;
    const deps = handlerDeps({ tabs: memoryTabs(area, () => ++now) });
    for (const tabId of [1, 2, 3, 4, 5, 6]) {
      expect((await handleRequest(analyze([samplePosting()]), fromPage(tabId), deps)).ok).toBe(true);
    }
    const kept = [1, 2, 3, 4, 5, 6].filter((tabId) => area.map.has(`tab:${tabId}:jobs`));
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(6);
    // The oldest went first: the latest tabs are kept, in a row up to the one that just reported.
    const from = 6 - kept.length + 1;
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => from + i));
    expect(area.size()).toBeLessThanOrEqual(9_000);
  });

  it('keeps a report in memory when even an empty area cannot hold it: the badge still gets its result', async () => {
    const area = memoryArea(100);
    const deps = handlerDeps({ tabs: memoryTabs(area) });
    const answer = await handleRequest(analyze([samplePosting()]), fromPage(7), deps);
    expect(answer.ok).toBe(true);
    expect(await frameAsks(deps, tokenOf(answer))).toMatchObject({ ok: true, data: { title: 'Engineering Manager' } });
    expect(await idsOf(deps)).toEqual([SAMPLE_KEY]);
  });
});

describe('a page reporting too often', () => {
  const fifty = () => Array.from({ length: 50 }, (_, i) => samplePosting({ id: `R-${i}`, title: `Engineering Manager ${i}` }));

  it('is refused past 200 postings in 10 s, in plain words, without slowing another tab; the next window is open again', async () => {
    let t = 0;
    const limit = rateLimitPer(200, 10_000, () => t);
    const deps = handlerDeps({ mayAnalyze: limit.allow });
    for (let i = 0; i < 4; i++) expect((await handleRequest(analyze(fifty()), fromPage(7), deps)).ok).toBe(true);
    const refused = await handleRequest(analyze([samplePosting()]), fromPage(7), deps);
    expect(refused).toEqual({ ok: false, error: TOO_OFTEN });
    // What the page showed before is no longer this tab's: its detector forgot it before asking.
    expect(await idsOf(deps)).toEqual([]);
    expect((await handleRequest(analyze([samplePosting()]), fromPage(8), deps)).ok).toBe(true);
    t = 10_001;
    expect((await handleRequest(analyze([samplePosting()]), fromPage(7), deps)).ok).toBe(true);
  });

  it('lets a person flick through a job list: thirty postings one at a time in ten seconds all get their badge', async () => {
    const t = 0;
    const limit = rateLimitPer(200, 10_000, () => t);
    const deps = handlerDeps({ mayAnalyze: limit.allow });
    for (let i = 0; i < 30; i++)
      expect((await handleRequest(analyze([samplePosting({ id: `J-${i}` })]), fromPage(7), deps)).ok).toBe(true);
  });
});
