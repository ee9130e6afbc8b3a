import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { deleteEverything, exportAll, ImportError, importExport, parseExport } from '@/lib/db/backup';
import { addCheckIn, listCheckIns } from '@/lib/db/check-ins';
import { getPosting, setNotes, setStatus } from '@/lib/db/postings';
import { latestProfile, listProfiles, saveProfile } from '@/lib/db/profiles';
import { setSetting } from '@/lib/db/settings';
import { EXPORT_VERSION } from '@/lib/model/export-file';
import { postingSchema } from '@/lib/model/posting';
import { answersSchema } from '@/lib/model/profile';
import { freshDb, SAMPLE_KEY, samplePosting, see } from '../helpers';

const NOW = Date.UTC(2025, 5, 1);
const EXAMPLES = resolve(import.meta.dirname, '../../../examples/profiles');

async function filledDb() {
  const db = freshDb();
  const key = await see(db, { description: 'You will manage a team of 6 engineers.' }, 1000);
  await setStatus(db, key, 'applied', 2000);
  await setNotes(db, key, 'Call back Tuesday', 2500);
  await see(db, { id: 'gh-2', title: 'Staff Engineer' }, 1500);
  await saveProfile(
    db,
    answersSchema.parse({ items: { pl1: 5, pl2: 4, pl3: 1 }, fiveYear: 'leading', reflections: { q1: 'Coaching Ana' } }),
    10,
  );
  await saveProfile(db, answersSchema.parse({ items: { pl1: 2, pl2: 2, pl3: 4 }, fiveYear: 'expert' }), 20);
  await addCheckIn(db, { c1: 'The design review I ran', c2: '', c3: 'More time on the model' }, 30);
  return db;
}

const importText = (db: ReturnType<typeof freshDb>, text: string, now = NOW) => importExport(db, parseExport(text), now);
const file = async (db: ReturnType<typeof freshDb>) => JSON.stringify(await exportAll(db, new Date(NOW)));

describe('profiles', () => {
  it('keeps each completed assessment for the history, newest as the current profile', async () => {
    const db = await filledDb();
    expect((await listProfiles(db)).map((p) => p.createdAt)).toEqual([10, 20]);
    expect((await latestProfile(db))?.answers.fiveYear).toBe('expert');
  });
});

describe('export', () => {
  it('writes every stored posting with its description, and every row it cannot read as it is, flagged', async () => {
    const db = await filledDb();
    await db.postings.put({ id: 'broken', status: 'saved', posting: { title: 'Half a row' } } as never);
    const exported = await exportAll(db, new Date(NOW));
    expect(exported.version).toBe(EXPORT_VERSION);
    expect(exported.postings).toHaveLength(2);
    expect(exported.postings.find((p) => p.id === SAMPLE_KEY)?.posting.description).toBe(
      'You will manage a team of 6 engineers.',
    );
    expect(exported.unreadable).toEqual([
      {
        table: 'postings',
        reason: expect.stringContaining('site'),
        row: { id: 'broken', status: 'saved', posting: { title: 'Half a row' } },
      },
    ]);
    // Such a file still imports, and the unreadable row goes back as it was.
    const summary = await importText(freshDb(), JSON.stringify(exported));
    expect(summary).toMatchObject({ added: 2, unreadableRestored: 1, unreadableKeyHeld: 0, unreadableNoKey: 0 });
  });
});

describe('import', () => {
  it('reads postings, descriptions, profiles and check-ins in one read transaction', async () => {
    const db = await filledDb();
    const seen: Array<Transaction | undefined> = [];
    for (const table of [db.postings, db.descriptions] as Array<{ toArray: () => Promise<unknown[]> }>) {
      const read = table.toArray.bind(table);
      vi.spyOn(table, 'toArray').mockImplementation(() => {
        seen.push(Dexie.currentTransaction ?? undefined);
        return read();
      });
    }
    const exported = await exportAll(db, new Date(NOW));
    vi.restoreAllMocks();
    expect(exported.postings).toHaveLength(2);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeDefined();
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]?.mode).toBe('readonly');
    expect([...(seen[0]?.storeNames ?? [])].sort()).toEqual(['checkIns', 'descriptions', 'keyedPostings', 'profiles']);
  });

  it('round-trips profiles, check-ins, postings, descriptions and notes through one file; the same file again changes nothing', async () => {
    const text = await file(await filledDb());
    const target = freshDb();
    expect(await importText(target, text)).toEqual({
      profilesAdded: 2,
      profilesHeld: 0,
      checkInsAdded: 1,
      refusedCheckIns: 0,
      refusedProfiles: 0,
      added: 2,
      merged: 0,
      unchanged: 0,
      conflicts: [],
      refused: [],
      unreadableRestored: 0,
      unreadableKeyHeld: 0,
      unreadableNoKey: 0,
    });
    expect(await getPosting(target, SAMPLE_KEY)).toMatchObject({ notes: 'Call back Tuesday', status: 'applied' });
    expect((await target.descriptions.get(SAMPLE_KEY))?.text).toBe('You will manage a team of 6 engineers.');
    expect((await listProfiles(target)).map((p) => p.answers.reflections.q1 ?? '')).toEqual(['Coaching Ana', '']);
    expect(await listCheckIns(target)).toEqual([
      { id: 1, createdAt: 30, notes: { c1: 'The design review I ran', c3: 'More time on the model' } },
    ]);
    expect(await importText(target, text)).toMatchObject({
      profilesAdded: 0,
      profilesHeld: 2,
      checkInsAdded: 0,
      added: 0,
      unchanged: 2,
    });
    expect(await target.profiles.count()).toBe(2);
    expect(await target.checkIns.count()).toBe(1);
  });

  it('restores after “Delete everything”: a posting seen again since does not beat the backup’s status and notes', async () => {
    const db = await filledDb();
    const backup = await file(db);
    await deleteEverything(db);
    // The user browses on: the same posting is seen again, a passive row newer than the backup.
    await see(db, { description: 'You will manage a team of 6 engineers.' }, NOW - 1000);
    const summary = await importText(db, backup);
    expect(summary).toMatchObject({ added: 1, merged: 1, conflicts: [], profilesAdded: 2 });
    expect(await getPosting(db, SAMPLE_KEY)).toMatchObject({
      status: 'applied',
      notes: 'Call back Tuesday',
      seenAt: NOW - 1000,
      firstSeenAt: 1000,
    });
  });

  it('reports newer local edits as a conflict and keeps them', async () => {
    const db = await filledDb();
    const backup = await file(db);
    await setNotes(db, SAMPLE_KEY, 'Offer came in', NOW - 10);
    const summary = await importText(db, backup);
    expect(summary).toMatchObject({ conflicts: ['Engineering Manager'], merged: 0, unchanged: 1 });
    expect((await getPosting(db, SAMPLE_KEY))?.notes).toBe('Offer came in');
  });

  it('merges with the user’s fields of a local row today’s schema cannot read, never writing over them as added', async () => {
    const db = await filledDb();
    const backup = await file(db);
    // Edited here after the backup, then the row stopped parsing (an evidence signal renamed since).
    await setStatus(db, SAMPLE_KEY, 'interviewing', 5000);
    await setNotes(db, SAMPLE_KEY, 'Second round Friday', 5100);
    const raw = (await db.postings.get(SAMPLE_KEY)) as unknown as { classification: { evidence: Array<{ signal: string }> } };
    raw.classification.evidence[0] = { ...raw.classification.evidence[0], signal: 'a-signal-renamed-since' };
    await db.postings.put(raw as never);
    const summary = await importText(db, backup);
    expect(summary).toMatchObject({ added: 0, conflicts: ['Engineering Manager'] });
    expect(await getPosting(db, SAMPLE_KEY)).toMatchObject({
      status: 'interviewing',
      notes: 'Second round Friday',
      editedAt: 5100,
      firstSeenAt: 1000,
    });
  });

  it('keeps the status and notes of an unreadable local row over a backup that only saw the posting', async () => {
    const source = freshDb();
    await see(source, {}, 4000);
    const backup = await file(source);
    const db = await filledDb();
    const raw = (await db.postings.get(SAMPLE_KEY)) as unknown as Record<string, unknown>;
    await db.postings.put({ ...raw, site: undefined } as never);
    const summary = await importText(db, backup);
    expect(summary).toMatchObject({ added: 0, merged: 1, conflicts: [] });
    expect(await getPosting(db, SAMPLE_KEY)).toMatchObject({
      status: 'applied',
      notes: 'Call back Tuesday',
      editedAt: 2500,
      firstSeenAt: 1000,
      seenAt: 4000,
    });
  });

  it('restores the rows an export flagged as unreadable where their key is free, as they were, in their own tables', async () => {
    const source = await filledDb();
    const rawPosting = { id: 'broken', status: 'saved', notes: 'Ask about the visa', posting: { title: 'Half a row' } };
    const rawProfile = { id: 99, createdAt: 'last spring', answers: { items: { pl1: 9 } } };
    const rawCheckIn = { id: 50, createdAt: 40, notes: 'not an object' };
    const orphan = { id: 'gone|1', text: 'A description whose posting went' };
    await source.postings.put(rawPosting as never);
    await source.profiles.put(rawProfile as never);
    await source.checkIns.put(rawCheckIn as never);
    await source.descriptions.put(orphan);
    const backup = await file(source);
    expect(JSON.parse(backup).unreadable).toHaveLength(4);

    const target = freshDb();
    const summary = await importText(target, backup);
    expect(summary).toMatchObject({ added: 2, profilesAdded: 2, checkInsAdded: 1, unreadableRestored: 4 });
    expect(summary).toMatchObject({ unreadableKeyHeld: 0, unreadableNoKey: 0 });
    expect(await target.postings.get('broken')).toEqual(rawPosting);
    expect(await target.profiles.get(99)).toEqual(rawProfile);
    expect(await target.checkIns.get(50)).toEqual(rawCheckIn);
    expect(await target.descriptions.get('gone|1')).toEqual(orphan);
    // The readable ones are all there beside them, and the next export flags the same rows again.
    expect((await listProfiles(target)).map((p) => p.createdAt)).toEqual([10, 20]);
    expect(await listCheckIns(target)).toHaveLength(1);
    const again = await exportAll(target, new Date(NOW));
    expect(again.unreadable.map((u) => u.row)).toEqual(expect.arrayContaining([rawPosting, rawProfile, rawCheckIn, orphan]));
    expect(again.unreadable).toHaveLength(4);
    // The same file a second time finds them here as they were: nothing is reported as not restored.
    expect(await importText(target, backup)).toMatchObject({ unreadableRestored: 4, unreadableKeyHeld: 0, added: 0 });
  });

  it('never puts an unreadable row over a row here with its key, and counts what it could not restore, and why', async () => {
    const source = JSON.parse(await file(await filledDb()));
    source.unreadable = [
      { table: 'postings', reason: 'classification: missing', row: { id: SAMPLE_KEY, status: 'offer', notes: 'From the file' } },
      { table: 'postings', reason: 'id: missing', row: { status: 'saved', notes: 'No key' } },
      { table: 'profiles', reason: 'id: missing', row: { createdAt: 3 } },
      { table: 'somewhere else', reason: 'unknown', row: { id: 'x' } },
    ];
    const target = await filledDb();
    await setNotes(target, SAMPLE_KEY, 'Mine, newer', NOW - 10);
    const summary = await importText(target, JSON.stringify(source));
    expect(summary).toMatchObject({ unreadableRestored: 0, unreadableKeyHeld: 1, unreadableNoKey: 3 });
    expect(await getPosting(target, SAMPLE_KEY)).toMatchObject({ status: 'applied', notes: 'Mine, newer' });
    expect(await target.postings.count()).toBe(2);
    expect(await target.profiles.count()).toBe(2);
  });

  it('refuses entries dated in the future and imports the rest', async () => {
    const source = JSON.parse(await file(await filledDb()));
    source.postings[0].updatedAt = Date.UTC(2999, 0, 1);
    source.postings[0].notes = 'Injected note';
    source.profiles[1].createdAt = NOW + 7 * 24 * 3600_000;
    const target = await filledDb();
    await setNotes(target, SAMPLE_KEY, 'Mine', 3000);
    const summary = await importText(target, JSON.stringify(source));
    expect(summary).toMatchObject({ refused: ['Engineering Manager'], refusedProfiles: 1, profilesHeld: 1 });
    expect((await getPosting(target, SAMPLE_KEY))?.notes).toBe('Mine');
    expect(await target.profiles.count()).toBe(2);
  });

  it('refuses a negative or fractional date as damage, in plain words', () => {
    const text = JSON.stringify({
      format: 'crossroads-export',
      version: 2,
      exportedAt: '',
      profiles: [],
      postings: [{ updatedAt: -1.5 }],
    });
    expect(() => parseExport(text)).toThrow(/damaged: postings › 0/);
  });

  it('imports a version 1 file: postings keyed again by their site, statuses and notes kept, the stored fit dropped', async () => {
    const posting = postingSchema.parse(samplePosting({ id: 'R-10482', url: 'https://acme.wd5.myworkdayjobs.com/x/job/1' }));
    const v1 = {
      format: 'crossroads-export',
      version: 1,
      exportedAt: '2024-05-01T00:00:00.000Z',
      profiles: [],
      postings: [
        {
          id: 'R-10482',
          posting,
          classification: classify(posting),
          status: 'interviewing',
          notes: 'Panel on Monday',
          fit: { score: 80, band: 'strong', reasons: [], profileCreatedAt: 1 },
          firstSeenAt: 500,
          updatedAt: 900,
        },
      ],
    };
    const db = freshDb();
    expect(await importText(db, JSON.stringify(v1))).toMatchObject({ added: 1 });
    const row = await getPosting(db, 'acme.wd5.myworkdayjobs.com|R-10482');
    expect(row).toMatchObject({ status: 'interviewing', notes: 'Panel on Monday', firstSeenAt: 500, seenAt: 900, editedAt: 900 });
    expect(row && 'fit' in row).toBe(false);
    expect((await db.descriptions.get('acme.wd5.myworkdayjobs.com|R-10482'))?.text).toBe(posting.description);
  });

  it('imports a version 2 file whose evidence and reasons are English sentences, keeping their words', async () => {
    const source = JSON.parse(await file(await filledDb()));
    source.version = 2;
    const c = source.postings[0].classification;
    c.evidence = c.evidence.map(({ say: _say, rule: _rule, reading: _reading, ...e }: Record<string, unknown>) => ({
      ...e,
      signal: 'team-size',
      explanation: 'Manages 6 people',
    }));
    c.reasons = ['Manages 6 people'];
    const db = freshDb();
    const summary = await importText(db, JSON.stringify(source));
    expect(summary).toMatchObject({ added: source.postings.length, unreadableNoKey: 0 });
    const row = await getPosting(db, SAMPLE_KEY);
    expect(row?.classification.reasons).toEqual([{ say: { key: 'evLegacy', args: ['Manages 6 people'] }, reading: 'duty' }]);
    expect(row?.classification.evidence.every((e) => e.signal === 'team' && e.say.args[0] === 'Manages 6 people')).toBe(true);
  });

  it('still imports the example profiles, written as export version 1', async () => {
    const db = freshDb();
    const text = readFileSync(resolve(EXAMPLES, 'hybrid-leaning.json'), 'utf8');
    expect(await importText(db, text, Date.now())).toMatchObject({ profilesAdded: 2, added: 0 });
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
    const damaged = JSON.parse(await file(await filledDb()));
    damaged.postings[0].status = 'hired';
    damaged.profiles[1].result.orientation = 7;
    const target = await filledDb();
    const before = await file(target);
    expect(() => parseExport(JSON.stringify(damaged))).toThrow(
      /postings › 0 › status.*profiles › 1 › result › orientation|profiles › 1 › result › orientation.*postings › 0 › status/,
    );
    expect(await file(target)).toBe(before);
  });

  it('lands all of an import or none of it when a write fails half-way', async () => {
    const plan = parseExport(await file(await filledDb()));
    const target = freshDb();
    const spy = vi
      .spyOn(target.postings, 'bulkPut')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(importExport(target, plan, NOW)).rejects.toThrow(/no room left/);
    spy.mockRestore();
    expect(await target.profiles.count()).toBe(0);
    expect(await target.postings.count()).toBe(0);
  });
});

describe('delete everything', () => {
  it('deletes every posting, description, profile, check-in and setting', async () => {
    const db = await filledDb();
    await setSetting(db, 'retention', { days: 30, rows: 500 });
    expect(await db.checkIns.count()).toBe(1);
    await deleteEverything(db);
    expect([
      await db.postings.count(),
      await db.descriptions.count(),
      await db.profiles.count(),
      await db.checkIns.count(),
      await db.settings.count(),
    ]).toEqual([0, 0, 0, 0, 0]);
  });
});
