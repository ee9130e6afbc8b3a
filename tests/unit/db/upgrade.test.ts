import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CrossroadsDb } from '@/lib/db/database';
import { listByStatus } from '@/lib/db/postings';
import { declareVersions, LATEST_VERSION, VERSIONS } from '@/lib/db/versions';
import { storedPostingSchema } from '@/lib/model/saved-posting';

/**
 * Dexie's upgrade-test pattern (Dexie.js test/tests-upgrading.js): create the
 * database exactly as an old version declared it (the same declarations,
 * from lib/db/versions.ts), put in rows as that version's build wrote them
 * (frozen in old-rows/), close it, then open it with today's definition and
 * check that nothing the user had is lost. A new version adds a case to
 * OLD_VERSIONS with its rows.
 */

type Row = Record<string, unknown> & { id: string; status?: string; notes?: string; posting?: { title?: string } };
const rows = (version: number): Row[] =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `old-rows/v${version}.json`), 'utf8'));

/**
 * Each version's rows, with how many of them are the same posting as another
 * (combined into one) and how many cannot be keyed (kept as they were): what
 * the row count after the upgrade must add up to.
 */
const OLD_VERSIONS = [
  // The "junk" row has no posting.
  { version: 1, postings: rows(1), duplicates: 0, unkeyable: 1 },
  // Two "Data Lead" rows differ only by a query parameter; "half" has no address.
  { version: 2, postings: rows(2), duplicates: 1, unkeyable: 1 },
];

let n = 0;
/** A database created and filled as `version` had it, closed: its name. */
async function createAt(version: number, fill: (db: Dexie) => Promise<unknown>): Promise<string> {
  const name = `upgrade-${version}-${++n}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  await fill(old);
  old.close();
  return name;
}

async function openToday(name: string): Promise<CrossroadsDb> {
  const db = new CrossroadsDb(name);
  await db.open();
  return db;
}

describe('database upgrades', () => {
  it('declares versions in order, each with its upgrade when rows change shape', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(5);
  });

  it.each(OLD_VERSIONS)(
    'upgrades version $version with data to the latest, losing no row, status or note',
    async ({ version, postings, duplicates, unkeyable }) => {
      const name = await createAt(version, (old) => old.table('postings').bulkAdd(postings));
      const db = await openToday(name);
      expect(db.verno).toBe(LATEST_VERSION);
      const after = (await db.postings.toArray()) as unknown as Row[];
      const readable = after.filter((r) => storedPostingSchema.safeParse(r).success);
      const keptAsIs = after.filter((r) => !storedPostingSchema.safeParse(r).success);
      // No row lost: every row is readable or kept as it was, less only the duplicates combined into one.
      expect(keptAsIs).toHaveLength(unkeyable);
      expect(readable).toHaveLength(postings.length - duplicates - unkeyable);
      expect(readable.length + keptAsIs.length).toBe(postings.length - duplicates);
      // Every status and note the user had is on a readable row of the same title, or on the row kept as it was.
      for (const old of postings) {
        if ((old.status ?? 'seen') === 'seen' && !old.notes) continue;
        const holders = [
          ...readable.filter((r) => r.posting?.title === old.posting?.title),
          ...keptAsIs.filter((r) => r.id === old.id),
        ];
        expect(
          holders.some((r) => r.status === old.status || old.status === 'seen'),
          `${old.id} status`,
        ).toBe(true);
        if (old.notes)
          expect(
            holders.some((r) => r.notes?.includes(old.notes as string)),
            `${old.id} notes`,
          ).toBe(true);
      }
      // Rows it cannot key (no posting, no address) are kept with all they held, for export to flag.
      for (const old of postings.filter((r) => !r.posting || typeof (r.posting as { url?: unknown }).url !== 'string')) {
        expect(keptAsIs.find((r) => r.id === old.id)).toMatchObject(old);
      }
      // Descriptions moved to their own table, one per readable row; no fit stored.
      expect(await db.descriptions.count()).toBe(readable.length);
      for (const r of readable) expect('fit' in r).toBe(false);
      db.close();
    },
  );

  it('keys version 1 rows by their site, keeps what 0.1 builds lacked filled, and moves descriptions', async () => {
    const name = await createAt(1, (old) => old.table('postings').bulkAdd(rows(1)));
    const db = await openToday(name);
    const director = await db.postings.get('job-boards.greenhouse.io/corvid|4012345007');
    expect(director).toMatchObject({
      site: 'job-boards.greenhouse.io/corvid',
      status: 'applied',
      notes: '',
      firstSeenAt: 1_714_000_000_000,
      seenAt: 1_714_000_000_000,
      editedAt: 1_714_000_000_000,
    });
    expect(await db.postings.get('linkedin.com|linkedin:4011122233')).toMatchObject({ status: 'seen', editedAt: 0 });
    expect((await db.descriptions.get('job-boards.greenhouse.io/corvid|4012345007'))?.text).toMatch(/^You will manage/);
    expect((await listByStatus(db, ['applied', 'saved'])).map((r) => r.posting.title).sort()).toEqual([
      'Data Lead',
      'Director, Analytical Development',
    ]);
    db.close();
  });

  it('combines version 2 rows that turn out to be one posting, keeping both notes and the user’s status', async () => {
    const name = await createAt(2, async (old) => {
      await old.table('postings').bulkAdd(rows(2));
      await old.table('profiles').add({ createdAt: 5, instrumentVersion: 1, answers: {}, result: {} });
      await old.table('settings').put({ key: 'syncProfile', value: true });
    });
    const db = await openToday(name);
    const dataLeads = (await db.postings.toArray()).filter((r) => r.posting?.title === 'Data Lead');
    expect(dataLeads).toHaveLength(1);
    expect(dataLeads[0]).toMatchObject({
      status: 'saved',
      notes: 'Salary band 70-80k\n\nReferral from Ana',
      firstSeenAt: 1_713_100_000_000,
      seenAt: 1_715_500_000_000,
    });
    // Bidi overrides are stripped from what old builds stored.
    expect((await db.postings.get('indeed.com|indeed:9f8e7d6c5b4a3921'))?.posting.company).toBe('Bakery gninepo');
    // Profiles and settings are untouched.
    expect(await db.profiles.count()).toBe(1);
    expect(await db.settings.get('syncProfile')).toEqual({ key: 'syncProfile', value: true });
    db.close();
  });

  it('turns the English sentences old builds stored as evidence and reasons into message keys, word for word', async () => {
    const name = await createAt(2, (old) => old.table('postings').bulkAdd(rows(2)));
    const db = await openToday(name);
    const before = rows(2).find((r) => r.id === 'R-10482') as unknown as {
      classification: { evidence: Array<{ explanation: string }>; reasons: string[] };
    };
    const after = (await db.postings.toArray()).find((r) => r.posting?.title === 'Team Lead, Platform');
    const c = after?.classification as unknown as {
      evidence: Array<{ say: { key: string; args: string[] }; rule: string; signal: string }>;
      reasons: Array<{ say: { key: string; args: string[] } }>;
    };
    expect(c.evidence.map((e) => e.say)).toEqual(
      before.classification.evidence.map((e) => ({ key: 'evLegacy', args: [e.explanation] })),
    );
    expect(c.evidence.every((e) => e.rule === 'legacy' && e.signal !== 'team-size')).toBe(true);
    expect(c.reasons.map((r) => r.say.args[0])).toEqual(before.classification.reasons);
    expect(storedPostingSchema.safeParse(after).success).toBe(true);
    db.close();
  });

  it('opens a version 4 database with its profiles, postings and settings as they were, and room for check-ins', async () => {
    const profile = { createdAt: 5, instrumentVersion: 1, answers: { items: { pl1: 4 } }, result: {} };
    const name = await createAt(4, async (old) => {
      await old.table('profiles').add(profile);
      await old.table('keyedPostings').add({ id: 'a|1', status: 'saved', site: 'a', seenAt: 1, editedAt: 1, firstSeenAt: 1 });
      await old.table('settings').put({ key: 'syncProfile', value: true });
    });
    const db = await openToday(name);
    expect(await db.profiles.toArray()).toEqual([{ ...profile, id: 1 }]);
    expect(await db.table('keyedPostings').count()).toBe(1);
    expect(await db.settings.get('syncProfile')).toEqual({ key: 'syncProfile', value: true });
    expect(await db.checkIns.count()).toBe(0);
    db.close();
  });

  it('opens version 4 rows as a version 4 build wrote them, each readable with today’s schema, unchanged', async () => {
    const v4 = JSON.parse(readFileSync(resolve(import.meta.dirname, 'old-rows/v4.json'), 'utf8')) as {
      keyedPostings: Row[];
      descriptions: Array<{ id: string; text: string }>;
    };
    const name = await createAt(4, async (old) => {
      await old.table('keyedPostings').bulkAdd(v4.keyedPostings);
      await old.table('descriptions').bulkAdd(v4.descriptions);
    });
    const db = await openToday(name);
    const after = await db.postings.toArray();
    expect(after).toHaveLength(v4.keyedPostings.length);
    for (const old of v4.keyedPostings) {
      const parsed = storedPostingSchema.safeParse(await db.postings.get(old.id));
      expect(parsed.success, `${old.id}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(parsed.data).toEqual(old);
    }
    expect((await listByStatus(db, ['interviewing'])).map((r) => r.notes)).toEqual(['Second interview with Priya on Thursday']);
    expect(await db.descriptions.toArray()).toEqual(v4.descriptions);
    db.close();
  });

  it('creates a fresh database at the latest version, ready to use', async () => {
    const db = new CrossroadsDb(`fresh-${Math.random().toString(36).slice(2)}`);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['checkIns', 'descriptions', 'keyedPostings', 'profiles', 'settings']);
    await db.settings.put({ key: 'syncProfile', value: false });
    expect(await db.postings.count()).toBe(0);
    db.close();
  });
});
