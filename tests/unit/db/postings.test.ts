import { describe, expect, it, vi } from 'vitest';
import { guardWrite, StorageError } from '@/lib/db/errors';
import { countByStatus, getPosting, listByStatus, recentSaved, setNotes, setStatus } from '@/lib/db/postings';
import { freshDb, SAMPLE_KEY, see } from '../helpers';

describe('stored postings', () => {
  it('skips a corrupted row with a logged reason instead of breaking the list', async () => {
    const db = freshDb();
    const key = await see(db);
    await setStatus(db, key, 'saved');
    await db.postings.put({ id: 'bad', status: 'saved', updatedAt: 1 } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const saved = await listByStatus(db, ['saved']);
    expect(saved.map((r) => r.id)).toEqual([SAMPLE_KEY]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped an unreadable stored posting'), expect.anything());
    warn.mockRestore();
  });

  it('turns a full quota into a plain message', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await expect(guardWrite(() => Promise.reject(quota))).rejects.toThrow(StorageError);
    await expect(guardWrite(() => Promise.reject(quota))).rejects.toThrow(/no room left/);
  });

  it('loses nothing already stored when a write fails for lack of space', async () => {
    const db = freshDb();
    const key = await see(db);
    const put = vi
      .spyOn(db.postings, 'put')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(setStatus(db, key, 'saved')).rejects.toThrow(/no room left/);
    put.mockRestore();
    expect((await getPosting(db, key))?.status).toBe('seen');
  });

  it('keeps the description apart from the row that lists read', async () => {
    const db = freshDb();
    const key = await see(db, { description: 'You will manage a team of six engineers.' });
    expect(Object.keys((await db.postings.get(key))?.posting ?? {})).not.toContain('description');
    expect((await db.descriptions.get(key))?.text).toBe('You will manage a team of six engineers.');
  });

  it('dates a sighting and the user’s edits apart: seeing a posting again is no edit', async () => {
    const db = freshDb();
    const key = await see(db, {}, 1000);
    await setNotes(db, key, 'Ask about the team', 2000);
    await see(db, {}, 3000);
    expect(await getPosting(db, key)).toMatchObject({
      notes: 'Ask about the team',
      firstSeenAt: 1000,
      seenAt: 3000,
      editedAt: 2000,
      updatedAt: 3000,
    });
  });

  it('reads the latest saves and their count from the index, and seen postings only when asked', async () => {
    const db = freshDb();
    for (let i = 0; i < 12; i++) {
      const key = await see(db, { id: `p${i}`, title: `Posting ${i}` }, 1000 + i);
      if (i % 3 !== 0) await setStatus(db, key, i % 2 ? 'saved' : 'applied', 5000 + i);
    }
    expect((await recentSaved(db, 3)).map((r) => r.posting.title)).toEqual(['Posting 11', 'Posting 10', 'Posting 8']);
    expect(await countByStatus(db, ['saved', 'applied'])).toBe(8);
    expect((await listByStatus(db, ['saved', 'applied'])).every((r) => r.status !== 'seen')).toBe(true);
    expect(await listByStatus(db, ['seen'])).toHaveLength(4);
  });

  it('keeps the status, notes and dates of a row today’s schema cannot read when the posting is seen again', async () => {
    const db = freshDb();
    const key = await see(db, {}, 1000);
    await setStatus(db, key, 'applied', 2000);
    await setNotes(db, key, 'Call back Tuesday', 2500);
    // An evidence signal renamed since that build: the row no longer parses.
    const raw = (await db.postings.get(key)) as unknown as { classification: { evidence: Array<{ signal: string }> } };
    expect(raw.classification.evidence.length).toBeGreaterThan(0);
    raw.classification.evidence[0] = { ...raw.classification.evidence[0], signal: 'a-signal-renamed-since' };
    await db.postings.put(raw as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await getPosting(db, key)).toBeUndefined();
    warn.mockRestore();
    await see(db, {}, 3000);
    expect(await getPosting(db, key)).toMatchObject({
      status: 'applied',
      notes: 'Call back Tuesday',
      firstSeenAt: 1000,
      seenAt: 3000,
      editedAt: 2500,
      updatedAt: 3000,
    });
  });

  it('keeps what the user set on an unreadable row even where a field itself no longer reads', async () => {
    const db = freshDb();
    const key = await see(db, {}, 1000);
    const raw = (await db.postings.get(key)) as unknown as Record<string, unknown>;
    // A status a newer build knows and this one does not, no edit date, no classification.
    await db.postings.put({
      ...raw,
      status: 'shortlisted',
      notes: 'Ask about on-call',
      editedAt: 'yesterday',
      classification: undefined,
    } as never);
    await see(db, {}, 3000);
    expect(await getPosting(db, key)).toMatchObject({
      status: 'saved',
      notes: 'Ask about on-call',
      firstSeenAt: 1000,
      editedAt: 3000,
    });
  });
});
