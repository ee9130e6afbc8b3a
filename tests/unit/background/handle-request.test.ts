import { describe, expect, it, vi } from 'vitest';
import { getPosting, setNotes } from '@/lib/db/postings';
import { setSetting } from '@/lib/db/settings';
import type { AnalyzedPosting } from '@/lib/messages/protocol';
import { MAX_PAGE_DESCRIPTION_CHARS, SITE_NEW_ROWS } from '@/lib/model/limits';
import { fromFrame, fromPage, fromPopup, handleRequest, handlerDeps, SAMPLE_KEY, samplePosting } from '../helpers';

const analyze = (postings: unknown[], script = 'jobs') => ({ type: 'analyzePostings', script, postings });
type PageResult = { id: string; title: string; token: string };
type Answer = { ok: true; data: { results: PageResult[]; rejected: Array<{ index: number; reason: string }> } };

/** What the badge and panel frames of the tab are shown for an answer (the page side gets tokens only). */
async function shown(deps: ReturnType<typeof handlerDeps>, answer: unknown, tabId = 7): Promise<AnalyzedPosting[]> {
  const out: AnalyzedPosting[] = [];
  for (const r of (answer as Answer).data.results) {
    const got = await handleRequest({ type: 'getAnalysis', token: r.token }, fromFrame(tabId), deps);
    if (got.ok) out.push(got.data as AnalyzedPosting);
  }
  return out;
}
const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('the background answering messages', () => {
  it('classifies, stores and remembers the tab of a posting a page reports', async () => {
    const deps = handlerDeps();
    const answer = await handleRequest(analyze([samplePosting()]), fromPage(7), deps);
    expect(answer).toMatchObject({ ok: true, data: { results: [{ id: SAMPLE_KEY, title: 'Engineering Manager' }] } });
    expect(await shown(deps, answer, 7)).toMatchObject([
      { id: SAMPLE_KEY, status: 'seen', notStored: null, classification: { roleType: 'leadership' } },
    ]);
    expect((await getPosting(deps.db, SAMPLE_KEY))?.posting.title).toBe('Engineering Manager');
    expect(await handleRequest({ type: 'getTabPostings', tabId: 7 }, fromPopup, deps)).toEqual({
      ok: true,
      data: { ids: [SAMPLE_KEY] },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'dropDatabase' }],
    ['an empty list of postings', analyze([])],
    ['more postings than a page holds', analyze(Array.from({ length: 51 }, () => samplePosting()))],
  ])('refuses %s with an error and writes nothing', async (_name, message) => {
    const deps = handlerDeps();
    const answer = await handleRequest(message, fromPage(), deps);
    expect(answer.ok).toBe(false);
    expect(await deps.db.postings.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a posting without a title', samplePosting({ title: '' })],
    ['an oversized description', samplePosting({ description: 'x'.repeat(MAX_PAGE_DESCRIPTION_CHARS + 1) })],
    ['a confidence that is not a number', { ...samplePosting(), confidence: 'high' }],
    ['a posting that is not an object', 'R-10482'],
    ['a title of nothing but markup', samplePosting({ title: '<b></b>' })],
  ])('drops %s alone: the good postings of the batch are classified and stored', async (_name, bad) => {
    const deps = handlerDeps();
    const good = [samplePosting({ id: 'gh-1' }), samplePosting({ id: 'gh-2', title: 'Staff Engineer' })];
    const answer = (await handleRequest(analyze([good[0], bad, good[1]]), fromPage(), deps)) as Answer;
    expect(answer.ok).toBe(true);
    expect(answer.data.results.map((r) => r.title)).toEqual(['Engineering Manager', 'Staff Engineer']);
    expect(answer.data.rejected).toEqual([{ index: 1, reason: expect.any(String) }]);
    expect(await deps.db.postings.count()).toBe(2);
  });

  it('reports a posting the classifier cannot classify alone: the good postings are classified and stored', async () => {
    const roleType = await import('@/lib/classify/role-type');
    const real = roleType.classify;
    const spy = vi.spyOn(roleType, 'classify').mockImplementation((p) => {
      if (p.title === 'Breaks the classifier') throw new Error('unexpected text');
      return real(p);
    });
    try {
      const deps = handlerDeps();
      const batch = [
        samplePosting({ id: 'gh-1' }),
        samplePosting({ id: 'gh-3', title: 'Breaks the classifier' }),
        samplePosting({ id: 'gh-2', title: 'Staff Engineer' }),
      ];
      const answer = (await handleRequest(analyze(batch), fromPage(), deps)) as Answer;
      expect(answer.data.results.map((r) => r.title)).toEqual(['Engineering Manager', 'Staff Engineer']);
      expect(answer.data.rejected).toEqual([{ index: 1, reason: 'could not be classified: unexpected text' }]);
      expect(await deps.db.postings.count()).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('stores a posting whose address the page broke (https:/jobs/1) under the page’s own address, with its batch', async () => {
    const deps = handlerDeps();
    const answer = (await handleRequest(
      analyze([samplePosting({ id: '', url: 'https:/jobs/1' }), samplePosting({ id: 'gh-2', title: 'Staff Engineer' })]),
      fromPage(7, 'https://job-boards.greenhouse.io/acme/jobs/1?gh_src=mail'),
      deps,
    )) as Answer;
    expect(answer.data.rejected).toEqual([]);
    expect(answer.data.results).toHaveLength(2);
    const stored = await getPosting(deps.db, answer.data.results[0]?.id ?? '');
    expect(stored?.posting.url).toBe('https://job-boards.greenhouse.io/acme/jobs/1?gh_src=mail');
  });

  it('drops prototype-polluting keys: they reach neither the database nor any prototype', async () => {
    const deps = handlerDeps();
    const message = JSON.parse(
      `{"type":"analyzePostings","script":"jobs","__proto__":{"polluted":1},"postings":[${JSON.stringify({ ...samplePosting(), constructor: { prototype: { polluted: 1 } } }).replace(/^\{/, '{"__proto__":{"polluted":1},')}]}`,
    );
    expect(Object.hasOwn(message, '__proto__')).toBe(true);
    const answer = await handleRequest(message, fromPage(), deps);
    expect(answer.ok).toBe(true);
    const stored = await deps.db.postings.get(SAMPLE_KEY);
    expect(stored && Object.hasOwn(stored.posting, '__proto__')).toBe(false);
    expect(stored && Object.hasOwn(stored.posting, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores and answers text, never the markup, entities or bidi controls the page sent', async () => {
    const deps = handlerDeps();
    const page = samplePosting({
      title: 'R&amp;D <b>Engineering</b> Manager',
      company: 'Smith &amp; Sons\u202E gninepO',
      description: '<p>Lead a team of six engineers.</p><ul><li>Hire &amp; coach</li></ul><script>alert(1)</script>',
    });
    const answer = await handleRequest(analyze([page]), fromPage(), deps);
    expect(answer).toMatchObject({ ok: true, data: { results: [{ title: 'R&D Engineering Manager' }] } });
    const stored = await getPosting(deps.db, SAMPLE_KEY);
    expect(stored?.posting).toMatchObject({ title: 'R&D Engineering Manager', company: 'Smith & Sons gninepO' });
    expect((await deps.db.descriptions.get(SAMPLE_KEY))?.text).toBe('Lead a team of six engineers.\n\n• Hire & coach');
    // Lists read rows without descriptions.
    expect(Object.hasOwn(stored?.posting ?? {}, 'description')).toBe(false);
  });

  it('refuses messages from another extension', async () => {
    const deps = handlerDeps();
    const answer = await handleRequest(analyze([samplePosting()]), { ...fromPage(), sameExtension: false }, deps);
    expect(answer).toEqual({ ok: false, error: 'Messages from other extensions are not accepted.' });
    expect(await deps.db.postings.count()).toBe(0);
  });

  it('does not let a page read what another tab showed', async () => {
    const deps = handlerDeps();
    await handleRequest(analyze([samplePosting()]), fromPage(7), deps);
    expect((await handleRequest({ type: 'getTabPostings', tabId: 7 }, fromPage(8), deps)).ok).toBe(false);
  });

  it('stores a note sent by an extension page, and refuses one sent by a page', async () => {
    const deps = handlerDeps();
    await handleRequest(analyze([samplePosting()]), fromPage(), deps);
    const note = { type: 'saveNotes', id: SAMPLE_KEY, notes: 'Ask about on-call' };
    expect(await handleRequest(note, fromPage(), deps)).toMatchObject({ ok: false });
    expect((await getPosting(deps.db, SAMPLE_KEY))?.notes).toBe('');
    expect(await handleRequest(note, fromPopup, deps)).toEqual({ ok: true, data: {} });
    expect(await getPosting(deps.db, SAMPLE_KEY)).toMatchObject({ notes: 'Ask about on-call', editedAt: expect.any(Number) });
  });

  it('keeps the status the user chose when the posting is seen again', async () => {
    const deps = handlerDeps();
    await handleRequest(analyze([samplePosting()]), fromPage(), deps);
    expect(await handleRequest({ type: 'setPostingStatus', id: SAMPLE_KEY, status: 'saved' }, fromPage(), deps)).toEqual({
      ok: true,
      data: { status: 'saved' },
    });
    const again = await handleRequest(analyze([samplePosting()]), fromPage(), deps);
    expect(await shown(deps, again)).toMatchObject([{ status: 'saved' }]);
  });
});

describe('keys a page cannot forge', () => {
  const LINKEDIN = 'https://www.linkedin.com/jobs/view/4011122233/';
  const linkedinPosting = samplePosting({ id: 'linkedin:4011122233', url: LINKEDIN, title: 'Data Lead', source: 'linkedin' });

  it('scopes a posting by the site the browser says sent it: a page claiming another site’s id and link gets its own row', async () => {
    const deps = handlerDeps();
    const real = (await handleRequest(analyze([linkedinPosting]), fromPage(1, LINKEDIN), deps)) as Answer;
    const key = real.data.results[0]?.id ?? '';
    expect(key).toBe('linkedin.com|linkedin:4011122233');
    await handleRequest({ type: 'setPostingStatus', id: key, status: 'interviewing' }, fromPage(1, LINKEDIN), deps);
    await setNotes(deps.db, key, 'Second round Thursday');

    const hostile = 'https://careers.rival.example/jobs/9';
    const claim = samplePosting({ id: 'linkedin:4011122233', url: 'https://evil.example/phish', title: 'Data Lead (updated)' });
    const claimed = (await handleRequest(analyze([claim, { ...claim, id: key }]), fromPage(2, hostile), deps)) as Answer;
    expect(claimed.data.results.map((r) => r.id)).toEqual([
      'careers.rival.example|linkedin:4011122233',
      `careers.rival.example|${key}`,
    ]);
    // Its link is the page it was seen on, never the address it claimed.
    expect((await getPosting(deps.db, claimed.data.results[0]?.id ?? ''))?.posting.url).toBe(hostile);
    // The LinkedIn posting is untouched: title, link, status and notes.
    expect(await getPosting(deps.db, key)).toMatchObject({
      posting: { title: 'Data Lead', url: LINKEDIN },
      status: 'interviewing',
      notes: 'Second round Thursday',
    });
  });

  it('refuses a page’s status change for a posting of another site', async () => {
    const deps = handlerDeps();
    await handleRequest(analyze([linkedinPosting]), fromPage(1, LINKEDIN), deps);
    const answer = await handleRequest(
      { type: 'setPostingStatus', id: 'linkedin.com|linkedin:4011122233', status: 'dismissed' },
      fromPage(2, 'https://careers.rival.example/jobs/9'),
      deps,
    );
    expect(answer).toEqual({ ok: false, error: 'A page can change only its own postings.' });
    expect((await getPosting(deps.db, 'linkedin.com|linkedin:4011122233'))?.status).toBe('seen');
  });

  it('keeps two employers’ requisition R-10482 apart', async () => {
    const deps = handlerDeps();
    await handleRequest(
      analyze([samplePosting({ id: 'R-10482', url: 'https://acme.wd5.myworkdayjobs.com/en-US/x/job/1' })]),
      fromPage(1, 'https://acme.wd5.myworkdayjobs.com/en-US/x/job/1'),
      deps,
    );
    await handleRequest(
      analyze([samplePosting({ id: 'R-10482', url: 'https://globex.wd1.myworkdayjobs.com/y/job/2' })]),
      fromPage(2, 'https://globex.wd1.myworkdayjobs.com/y/job/2'),
      deps,
    );
    expect((await deps.db.postings.toCollection().primaryKeys()).sort()).toEqual([
      'acme.wd5.myworkdayjobs.com|R-10482',
      'globex.wd1.myworkdayjobs.com|R-10482',
    ]);
  });

  it('gives a posting without an id one row, however its tracking parameters change', async () => {
    const deps = handlerDeps();
    for (const q of ['?utm_source=a', '?utm_source=b&ref=x', '?sessionid=9&k=3', '#top', '']) {
      const url = `https://careers.example.com/jobs/data-lead${q}`;
      await handleRequest(analyze([samplePosting({ id: '', url })]), fromPage(1, url), deps);
    }
    expect(await deps.db.postings.count()).toBe(1);
  });
});

describe('bounded storage', () => {
  it('stops a site’s new rows at its limit, still classifies the rest, and stores one over the limit when the user saves it', async () => {
    const deps = handlerDeps();
    const url = 'https://careers.flood.example/jobs';
    const flood = Array.from({ length: SITE_NEW_ROWS.perTenMinutes + 10 }, (_, i) =>
      samplePosting({ id: `f-${i}`, url: `${url}/${i}`, title: `Engineering Manager ${i}` }),
    );
    const answers: AnalyzedPosting[] = [];
    for (let i = 0; i < flood.length; i += 35) {
      const answer = await handleRequest(analyze(flood.slice(i, i + 35)), fromPage(3, url), deps);
      answers.push(...(await shown(deps, answer, 3)));
    }
    expect(answers).toHaveLength(flood.length);
    expect(await deps.db.postings.count()).toBe(SITE_NEW_ROWS.perTenMinutes);
    const over = answers.filter((a) => a.notStored === 'siteLimit');
    expect(over).toHaveLength(10);
    for (const a of answers) expect(a.classification.roleType).toBeTruthy();
    // Another site is not held back by this one.
    await handleRequest(analyze([samplePosting()]), fromPage(), deps);
    expect(await getPosting(deps.db, SAMPLE_KEY)).toBeDefined();
    // The user saves one of the postings over the limit: it is stored, saved.
    const id = over[0]?.id ?? '';
    expect(await handleRequest({ type: 'setPostingStatus', id, status: 'saved' }, fromPage(3, url), deps)).toEqual({
      ok: true,
      data: { status: 'saved' },
    });
    expect((await getPosting(deps.db, id))?.status).toBe('saved');
  });

  it('still answers with the classification when the disk is full, and says why it was not stored', async () => {
    const deps = handlerDeps();
    const put = vi.spyOn(deps.db.postings, 'put').mockRejectedValue(quota());
    const answer = (await handleRequest(analyze([samplePosting()]), fromPage(), deps)) as Answer;
    put.mockRestore();
    expect(answer.ok).toBe(true);
    const [result] = await shown(deps, answer);
    expect(result).toMatchObject({ title: 'Engineering Manager', notStored: 'storageFull', status: 'seen' });
    expect(result?.classification.roleType).toBe('leadership');
    expect(await deps.db.postings.count()).toBe(0);
  });

  it('trims seen postings to the retention when new ones arrive, and never a saved one', async () => {
    const deps = handlerDeps();
    await setSetting(deps.db, 'retention', { days: 90, rows: 100 });
    const site = (i: number) => `https://careers${i % 5}.example.com/jobs/${i}`;
    let now = Date.UTC(2025, 0, 1);
    deps.now = () => now;
    for (let i = 0; i < 140; i++) {
      now += 60_000;
      await handleRequest(analyze([samplePosting({ id: `p${i}`, url: site(i) })]), fromPage(1, site(i)), deps);
      if (i === 0)
        await handleRequest({ type: 'setPostingStatus', id: `careers0.example.com|p0`, status: 'saved' }, fromPopup, deps);
    }
    expect(await deps.db.postings.where('status').equals('seen').count()).toBe(100);
    expect((await getPosting(deps.db, 'careers0.example.com|p0'))?.status).toBe('saved');
    // The oldest seen went first.
    expect(await getPosting(deps.db, 'careers1.example.com|p1')).toBeUndefined();
    expect(await getPosting(deps.db, 'careers4.example.com|p139')).toBeDefined();
    expect(await deps.db.descriptions.count()).toBe(101);
  });
});
