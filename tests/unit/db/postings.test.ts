import { describe, expect, it, vi } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { guardWrite, StorageError } from '@/lib/db/errors';
import { listSaved, recordAnalyzed, setStatus } from '@/lib/db/postings';
import { postingSchema } from '@/lib/model/posting';
import { freshDb, samplePosting } from '../helpers';

describe('stored postings', () => {
  it('skips a corrupted row with a logged reason instead of breaking the list', async () => {
    const db = freshDb();
    const posting = postingSchema.parse(samplePosting());
    await recordAnalyzed(db, posting, classify(posting));
    await setStatus(db, posting.id, 'saved');
    await db.postings.put({ id: 'bad', status: 'saved', updatedAt: 1 } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const saved = await listSaved(db);
    expect(saved.map((r) => r.id)).toEqual(['gh-1']);
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
    const posting = postingSchema.parse(samplePosting());
    await recordAnalyzed(db, posting, classify(posting));
    const put = vi
      .spyOn(db.postings, 'put')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(setStatus(db, posting.id, 'saved')).rejects.toThrow(/no room left/);
    put.mockRestore();
    expect((await db.postings.get(posting.id))?.status).toBe('seen');
  });
});

describe('refitting', () => {
  it('recomputes every stored posting’s fit when the profile changes', async () => {
    const { refitAll } = await import('@/lib/db/postings');
    const db = freshDb();
    for (const id of ['a', 'b']) {
      const posting = postingSchema.parse(samplePosting({ id }));
      await recordAnalyzed(db, posting, classify(posting));
    }
    const fit = { score: 77, band: 'strong' as const, reasons: [], profileCreatedAt: 5 };
    expect(await refitAll(db, () => fit)).toBe(2);
    expect((await db.postings.toArray()).map((r) => r.fit?.score)).toEqual([77, 77]);
  });
});
