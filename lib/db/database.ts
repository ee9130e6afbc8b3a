import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CheckIn } from '../model/check-in';
import type { ProfileSnapshot } from '../model/profile';
import type { DescriptionRow, StoredPosting } from '../model/saved-posting';
import { declareVersions } from './versions';

export const DB_NAME = 'crossroads';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The table postings live in since version 3 (versions.ts says why it is not called postings). */
export const POSTINGS_TABLE = 'keyedPostings';

/**
 * The one database, in the extension's origin (never a page's). Its
 * versions and upgrades are in versions.ts.
 */
export class CrossroadsDb extends Dexie {
  descriptions!: EntityTable<DescriptionRow, 'id'>;
  profiles!: Table<ProfileSnapshot, number>;
  checkIns!: Table<CheckIn, number>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
  }

  /** Every stored posting, by key. */
  get postings(): EntityTable<StoredPosting, 'id'> {
    return this.table(POSTINGS_TABLE);
  }
}

let shared: CrossroadsDb | undefined;
/** The database the extension pages and the background share. */
export function db(): CrossroadsDb {
  shared ??= new CrossroadsDb();
  return shared;
}
