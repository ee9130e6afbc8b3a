import { describe, expect, it } from 'vitest';
import { getPosting, setNotes, setStatus } from '@/lib/db/postings';
import { applyRetention, deleteSeenBefore, retentionPolicy } from '@/lib/db/retention';
import { DEFAULT_RETENTION } from '@/lib/model/limits';
import { freshDb, see } from '../helpers';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);

/** Seen postings, one a day going back `n` days (the newest seen today), on many sites. */
async function history(n: number) {
  const db = freshDb();
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    keys.push(await see(db, { id: `p${i}`, url: `https://careers${i}.example.com/jobs/${i}` }, NOW - i * DAY));
  }
  return { db, keys };
}

describe('retention of seen postings', () => {
  it('defaults to 90 days or 2,000 postings, whichever is fewer', async () => {
    expect(await retentionPolicy(freshDb())).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toEqual({ days: 90, rows: 2000 });
  });

  it('forgets seen postings last seen more than the days ago, and keeps saved, dismissed and noted ones for ever', async () => {
    const { db, keys } = await history(120);
    const [saved, dismissed, noted] = [keys[100], keys[110], keys[115]].map(String) as [string, string, string];
    await setStatus(db, saved, 'saved', NOW);
    await setStatus(db, dismissed, 'dismissed', NOW);
    await setNotes(db, noted, 'Recruiter called', NOW);
    const deleted = await applyRetention(db, { days: 90, rows: 2000 }, NOW);
    // Days 91 to 119 are past 90 days: 29 postings, three of them kept by the user.
    expect(deleted).toBe(26);
    for (const key of [saved, dismissed, noted]) expect(await getPosting(db, key)).toBeDefined();
    expect(await getPosting(db, keys[89] as string)).toBeDefined();
    expect(await getPosting(db, keys[91] as string)).toBeUndefined();
    expect(await db.descriptions.get(keys[91] as string)).toBeUndefined();
  });

  it('keeps at most the row limit of seen postings, the oldest going first, skipping noted ones', async () => {
    const { db, keys } = await history(150);
    await setNotes(db, keys[149] as string, 'Keep', NOW);
    expect(await applyRetention(db, { days: 3650, rows: 100 }, NOW)).toBe(50);
    expect(await db.postings.where('status').equals('seen').count()).toBe(100);
    expect(await getPosting(db, keys[149] as string)).toBeDefined();
    expect(await getPosting(db, keys[148] as string)).toBeUndefined();
    // The noted posting counts among the hundred, so the newest 99 others stay.
    expect(await getPosting(db, keys[99] as string)).toBeUndefined();
    expect(await getPosting(db, keys[98] as string)).toBeDefined();
    expect(await db.descriptions.count()).toBe(100);
  });

  it('deletes seen postings last seen before a date, and nothing else', async () => {
    const { db, keys } = await history(10);
    await setStatus(db, keys[9] as string, 'applied', NOW);
    expect(await deleteSeenBefore(db, NOW - 5 * DAY)).toBe(3);
    expect(await db.postings.count()).toBe(7);
    expect(await deleteSeenBefore(db, NOW - 5 * DAY)).toBe(0);
  });
});
