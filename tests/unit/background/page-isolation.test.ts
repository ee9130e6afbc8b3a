import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateLimit } from '@/lib/background/rate-limit';
import { parseExport } from '@/lib/db/backup';
import type { CrossroadsDb } from '@/lib/db/database';
import type { ToPage } from '@/lib/messages/protocol';
import { fromDashboard, fromFrame, fromPage, fromPopup, handleRequest, handlerDeps, SAMPLE_KEY, samplePosting } from '../helpers';

/** A stored profile, as a user's import leaves it. */
async function withProfile(db: CrossroadsDb) {
  const file = readFileSync(resolve(import.meta.dirname, '../../../examples/profiles/hybrid-leaning.json'), 'utf8');
  await db.profiles.bulkPut(parseExport(file).profiles);
}

type Results = { data: { results: Array<{ id: string; title: string; token: string }> } };

async function reported(deps: Parameters<typeof handleRequest>[2], tabId = 7) {
  const answer = (await handleRequest(
    { type: 'analyzePostings', script: 'jobs', postings: [samplePosting()] },
    fromPage(tabId),
    deps,
  )) as Results;
  return answer.data.results[0] as { id: string; title: string; token: string };
}

const newDeps = () => handlerDeps();

describe('what the page side gets, and what only the frames get', () => {
  it('gives the content script where the badge goes and a token: no label, fit, reasons, quotes or status', async () => {
    const deps = newDeps();
    await withProfile(deps.db);
    const answer = await handleRequest(
      { type: 'analyzePostings', script: 'jobs', postings: [samplePosting()] },
      fromPage(),
      deps,
    );
    expect(answer.ok).toBe(true);
    const [result] = (answer as Results).data.results;
    expect(Object.keys(result ?? {}).sort()).toEqual(['id', 'title', 'token']);
    expect(JSON.stringify(answer)).not.toMatch(/leadership|fit|score|reason|seen/i);
  });

  it('answers the frame of the tab that reported the posting, by its token, with the fit against the latest profile', async () => {
    const deps = newDeps();
    const { token } = await reported(deps);
    const before = await handleRequest({ type: 'getAnalysis', token }, fromFrame(7), deps);
    expect(before).toMatchObject({ ok: true, data: { id: SAMPLE_KEY, fit: null, classification: { roleType: 'leadership' } } });
    // The assessment taken after the page was read: the panel shows the fit at once.
    await withProfile(deps.db);
    const after = await handleRequest({ type: 'getAnalysis', token }, fromFrame(7), deps);
    expect(after).toMatchObject({ ok: true, data: { fit: { score: expect.any(Number) } } });
  });

  it.each([
    ['the content script itself', fromPage(7)],
    ['a frame in another tab', fromFrame(8)],
    ['the popup', fromPopup],
    ['the dashboard', fromDashboard()],
  ])('refuses the result to %s', async (_name, sender) => {
    const deps = newDeps();
    const { token } = await reported(deps);
    expect((await handleRequest({ type: 'getAnalysis', token }, sender, deps)).ok).toBe(false);
  });

  it('refuses a token the tab never held, and one from before the page moved on', async () => {
    const deps = newDeps();
    const { token } = await reported(deps);
    const forged = '00000000-0000-4000-8000-999999999999';
    expect((await handleRequest({ type: 'getAnalysis', token: forged }, fromFrame(7), deps)).ok).toBe(false);
    await handleRequest(
      { type: 'analyzePostings', script: 'jobs', postings: [samplePosting({ id: 'gh-2' })] },
      fromPage(7),
      deps,
    );
    expect((await handleRequest({ type: 'getAnalysis', token }, fromFrame(7), deps)).ok).toBe(false);
  });

  it("relays a frame's event to the content script of the frame that reported, and only within that tab", async () => {
    const sent: Array<[number, number, ToPage]> = [];
    const deps = { ...newDeps(), toTab: async (tab: number, frame: number, m: ToPage) => void sent.push([tab, frame, m]) };
    const { token } = await reported(deps);
    const event = { kind: 'badgeSize', width: 120, height: 30 } as const;
    expect(await handleRequest({ type: 'frameEvent', token, event }, fromFrame(7), deps)).toEqual({ ok: true, data: {} });
    expect(sent).toEqual([[7, 0, { type: 'crossroadsFrame', token, event }]]);
    expect((await handleRequest({ type: 'frameEvent', token, event }, fromFrame(8), deps)).ok).toBe(false);
    expect((await handleRequest({ type: 'frameEvent', token, event }, fromPage(7), deps)).ok).toBe(false);
    expect(sent).toHaveLength(1);
  });
});

describe('status changes and tabs the page side may ask for', () => {
  it("refuses a status change for a posting the sender's tab never reported", async () => {
    const deps = newDeps();
    const { id } = await reported(deps, 7);
    const other = (await handleRequest(
      { type: 'analyzePostings', script: 'jobs', postings: [samplePosting({ id: 'other-9', title: 'Staff Engineer' })] },
      fromPage(8),
      deps,
    )) as Results;
    const otherId = other.data.results[0]?.id ?? '';
    // Tab 8 (same site) never showed tab 7's posting: neither its content script nor a frame in it may change it.
    for (const sender of [fromPage(8), fromFrame(8)]) {
      const answer = await handleRequest({ type: 'setPostingStatus', id, status: 'dismissed' }, sender, deps);
      expect(answer).toEqual({ ok: false, error: 'This tab did not show that posting.' });
    }
    expect((await deps.db.postings.get(id))?.status).toBe('seen');
    // The tab that showed it may; so may the dashboard, for any posting.
    expect((await handleRequest({ type: 'setPostingStatus', id, status: 'saved' }, fromFrame(7), deps)).ok).toBe(true);
    expect((await handleRequest({ type: 'setPostingStatus', id: otherId, status: 'saved' }, fromDashboard(), deps)).ok).toBe(
      true,
    );
  });

  it('opens at most three tabs a minute however often it is asked', async () => {
    let opened = 0;
    let now = 0;
    const deps = { ...newDeps(), openAssessment: async () => void opened++, mayOpenTab: rateLimit(3, 60_000, () => now) };
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await handleRequest({ type: 'openAssessment' }, fromFrame(7), deps));
    expect(opened).toBe(3);
    expect(answers.filter((a) => !a.ok)).toHaveLength(7);
    now = 60_001;
    expect((await handleRequest({ type: 'openAssessment' }, fromFrame(7), deps)).ok).toBe(true);
    expect(opened).toBe(4);
  });

  it('does not let a frame in a page read which postings a tab shows', async () => {
    const deps = newDeps();
    await reported(deps, 7);
    expect((await handleRequest({ type: 'getTabPostings', tabId: 7 }, fromFrame(7), deps)).ok).toBe(false);
  });
});
