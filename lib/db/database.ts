import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ProfileSnapshot } from '../model/profile';
import type { PostingRecord } from '../model/saved-posting';

export const DB_NAME = 'crossroads';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The one database, in the extension's origin (never a page's). Each version
 * is kept so an old database upgrades step by step; never edit a shipped one,
 * add the next. tests/unit/db/upgrade.test.ts opens each old version with data
 * and checks that the upgrade loses nothing.
 */
export class CrossroadsDb extends Dexie {
  postings!: EntityTable<PostingRecord, 'id'>;
  profiles!: Table<ProfileSnapshot, number>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      postings: 'id, status, updatedAt',
    });
    // v2: profile snapshots and settings. Postings stored by 0.1 builds lacked
    // notes and firstSeenAt; fill them so every row passes today's schema.
    this.version(2)
      .stores({
        postings: 'id, status, updatedAt',
        profiles: '++id, createdAt',
        settings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('postings')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (typeof row.notes !== 'string') row.notes = '';
            if (typeof row.firstSeenAt !== 'number') row.firstSeenAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
          }),
      );
  }
}

let shared: CrossroadsDb | undefined;
/** The database the extension pages and the background share. */
export function db(): CrossroadsDb {
  shared ??= new CrossroadsDb();
  return shared;
}
