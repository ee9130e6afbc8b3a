import { describe, expect, it } from 'vitest';
import { getPosting } from '@/lib/db/postings';
import { MAX_PAGE_DESCRIPTION_CHARS } from '@/lib/model/limits';
import { freshDb, fromPage, fromPopup, handleRequest, memoryTabs, noDashboard, samplePosting } from '../helpers';

describe('the background answering messages', () => {
  it('classifies, stores and remembers the tab of a posting a page reports', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    const answer = await handleRequest({ type: 'analyzePostings', postings: [samplePosting()] }, fromPage(7), deps);
    expect(answer).toMatchObject({
      ok: true,
      data: { results: [{ id: 'gh-1', status: 'seen', classification: { roleType: 'leadership' } }] },
    });
    expect((await getPosting(deps.db, 'gh-1'))?.posting.title).toBe('Engineering Manager');
    expect(await handleRequest({ type: 'getTabPostings', tabId: 7 }, fromPopup, deps)).toEqual({
      ok: true,
      data: { ids: ['gh-1'] },
    });
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'dropDatabase' }],
    ['a posting without a title', { type: 'analyzePostings', postings: [samplePosting({ title: '' })] }],
    [
      'an oversized description',
      { type: 'analyzePostings', postings: [samplePosting({ description: 'x'.repeat(MAX_PAGE_DESCRIPTION_CHARS + 1) })] },
    ],
    ['an empty list of postings', { type: 'analyzePostings', postings: [] }],
  ])('refuses %s with an error and writes nothing', async (_name, message) => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    const answer = await handleRequest(message, fromPage(), deps);
    expect(answer.ok).toBe(false);
    expect(await deps.db.postings.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops prototype-polluting keys: they reach neither the database nor any prototype', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    const message = JSON.parse(
      `{"type":"analyzePostings","__proto__":{"polluted":1},"postings":[${JSON.stringify({ ...samplePosting(), constructor: { prototype: { polluted: 1 } } }).replace(/^\{/, '{"__proto__":{"polluted":1},')}]}`,
    );
    expect(Object.hasOwn(message, '__proto__')).toBe(true);
    const answer = await handleRequest(message, fromPage(), deps);
    expect(answer.ok).toBe(true);
    const stored = await deps.db.postings.get('gh-1');
    expect(stored && Object.hasOwn(stored.posting, '__proto__')).toBe(false);
    expect(stored && Object.hasOwn(stored.posting, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores and answers text, never the markup or entities the page sent', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    const page = samplePosting({
      title: 'R&amp;D <b>Engineering</b> Manager',
      company: 'Smith &amp; Sons',
      description: '<p>Lead a team of six engineers.</p><ul><li>Hire &amp; coach</li></ul><script>alert(1)</script>',
    });
    const answer = await handleRequest({ type: 'analyzePostings', postings: [page] }, fromPage(), deps);
    expect(answer).toMatchObject({ ok: true, data: { results: [{ title: 'R&D Engineering Manager' }] } });
    const stored = await getPosting(deps.db, 'gh-1');
    expect(stored?.posting).toMatchObject({
      title: 'R&D Engineering Manager',
      company: 'Smith & Sons',
      description: 'Lead a team of six engineers.\n\n• Hire & coach',
    });
  });

  it('refuses messages from another extension', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    const answer = await handleRequest(
      { type: 'analyzePostings', postings: [samplePosting()] },
      { ...fromPage(), sameExtension: false },
      deps,
    );
    expect(answer).toEqual({ ok: false, error: 'Messages from other extensions are not accepted.' });
    expect(await deps.db.postings.count()).toBe(0);
  });

  it('does not let a page read what another tab showed', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    await handleRequest({ type: 'analyzePostings', postings: [samplePosting()] }, fromPage(7), deps);
    expect((await handleRequest({ type: 'getTabPostings', tabId: 7 }, fromPage(8), deps)).ok).toBe(false);
  });

  it('keeps the status the user chose when the posting is seen again', async () => {
    const deps = { db: freshDb(), tabs: memoryTabs(), ...noDashboard };
    await handleRequest({ type: 'analyzePostings', postings: [samplePosting()] }, fromPage(), deps);
    expect(await handleRequest({ type: 'setPostingStatus', id: 'gh-1', status: 'saved' }, fromPage(), deps)).toEqual({
      ok: true,
      data: { status: 'saved' },
    });
    const again = await handleRequest({ type: 'analyzePostings', postings: [samplePosting()] }, fromPage(), deps);
    expect(again).toMatchObject({ ok: true, data: { results: [{ status: 'saved' }] } });
  });
});
