import { describe, expect, it, vi } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { deleteEverything, exportAll, ImportError, importExport, parseExport } from '@/lib/db/backup';
import { recordAnalyzed, setStatus } from '@/lib/db/postings';
import { latestProfile, listProfiles, saveProfile } from '@/lib/db/profiles';
import { postingSchema } from '@/lib/model/posting';
import { answersSchema } from '@/lib/model/profile';
import { freshDb, samplePosting } from '../helpers';

async function filledDb() {
  const db = freshDb();
  const posting = postingSchema.parse(samplePosting());
  await recordAnalyzed(db, posting, classify(posting), 1000);
  await setStatus(db, posting.id, 'applied', 2000);
  await db.postings.update(posting.id, { notes: 'Call back Tuesday' });
  await saveProfile(
    db,
    answersSchema.parse({ items: { pl1: 5, pl2: 4, pl3: 1 }, fiveYear: 'leading', reflections: { q1: 'Coaching Ana' } }),
    10,
  );
  await saveProfile(db, answersSchema.parse({ items: { pl1: 2, pl2: 2, pl3: 4 }, fiveYear: 'expert' }), 20);
  return db;
}

describe('profiles', () => {
  it('keeps each completed assessment for the history, newest as the current profile', async () => {
    const db = await filledDb();
    expect((await listProfiles(db)).map((p) => p.createdAt)).toEqual([10, 20]);
    expect((await latestProfile(db))?.answers.fiveYear).toBe('expert');
  });
});

describe('export and import', () => {
  it('round-trips profiles, postings and notes through one file', async () => {
    const file = await exportAll(await filledDb());
    const text = JSON.stringify(file);
    const target = freshDb();
    expect(await importExport(target, parseExport(text))).toEqual({ profiles: 2, postings: 1 });
    expect((await target.postings.get('gh-1'))?.notes).toBe('Call back Tuesday');
    expect((await listProfiles(target)).map((p) => p.answers.reflections.q1 ?? '')).toEqual(['Coaching Ana', '']);
    // Importing the same file again adds nothing twice.
    expect(await importExport(target, parseExport(text))).toEqual({ profiles: 0, postings: 1 });
    expect(await target.profiles.count()).toBe(2);
  });

  it.each([
    ['not JSON', '{"format": "crossroads-export", ', /not valid JSON/],
    ['another app’s file', '{"format": "other", "items": []}', /not a Crossroads export/],
    ['a newer format', '{"format": "crossroads-export", "version": 9}', /newer version/],
  ])('refuses %s in plain words', (_name, text, message) => {
    expect(() => parseExport(text)).toThrow(ImportError);
    expect(() => parseExport(text)).toThrow(message);
  });

  it('says where a damaged file is wrong and changes nothing', async () => {
    const file = await exportAll(await filledDb());
    const damaged = JSON.parse(JSON.stringify(file));
    damaged.postings[0].status = 'hired';
    damaged.profiles[1].result.orientation = 7;
    const target = await filledDb();
    const before = JSON.stringify(await exportAll(target, new Date(0)));
    expect(() => parseExport(JSON.stringify(damaged))).toThrow(
      /postings › 0 › status.*profiles › 1 › result › orientation|profiles › 1 › result › orientation.*postings › 0 › status/,
    );
    expect(JSON.stringify(await exportAll(target, new Date(0)))).toBe(before);
  });

  it('lands all of an import or none of it when a write fails half-way', async () => {
    const file = parseExport(JSON.stringify(await exportAll(await filledDb())));
    const target = freshDb();
    const spy = vi
      .spyOn(target.postings, 'bulkPut')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(importExport(target, file)).rejects.toThrow(/no room left/);
    spy.mockRestore();
    expect(await target.profiles.count()).toBe(0);
    expect(await target.postings.count()).toBe(0);
  });

  it('deletes everything', async () => {
    const db = await filledDb();
    await deleteEverything(db);
    expect([await db.postings.count(), await db.profiles.count(), await db.settings.count()]).toEqual([0, 0, 0]);
  });
});
