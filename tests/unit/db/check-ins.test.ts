import { describe, expect, it } from 'vitest';
import { CHECK_IN_MINUTES, CHECK_IN_PROMPTS, hasNotes } from '@/lib/assess/check-in';
import { addCheckIn, listCheckIns } from '@/lib/db/check-ins';
import { freshDb } from '../helpers';

describe('check-ins', () => {
  it('keeps what the user wrote, trimmed, oldest first; one with nothing written is not kept', async () => {
    const db = freshDb();
    expect(await addCheckIn(db, { c1: '  ', c2: '' }, 5)).toBeNull();
    await addCheckIn(db, { c1: ' Ran the retro ', c2: '', c3: 'More focus time' }, 20);
    await addCheckIn(db, { c2: 'Three days of status meetings' }, 10);
    expect((await listCheckIns(db)).map((c) => [c.createdAt, c.notes])).toEqual([
      [10, { c2: 'Three days of status meetings' }],
      [20, { c1: 'Ran the retro', c3: 'More focus time' }],
    ]);
    expect(hasNotes({ c1: ' ' })).toBe(false);
  });

  it('asks two or three things, and comes weekly, monthly or quarterly', () => {
    expect(CHECK_IN_PROMPTS.length).toBeGreaterThanOrEqual(2);
    expect(CHECK_IN_PROMPTS.length).toBeLessThanOrEqual(3);
    expect(CHECK_IN_MINUTES).toEqual({ weekly: 10_080, monthly: 43_200, quarterly: 131_040 });
  });
});
