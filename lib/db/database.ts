import Dexie, { type EntityTable } from 'dexie';
import type { PostingRecord } from '../model/saved-posting';

export const DB_NAME = 'crossroads';

/**
 * The one database, in the extension's origin (never a page's). Each version
 * is kept so an old database upgrades step by step; never edit a shipped one.
 */
export class CrossroadsDb extends Dexie {
  postings!: EntityTable<PostingRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      postings: 'id, status, updatedAt',
    });
  }
}

let shared: CrossroadsDb | undefined;
/** The database the extension pages and the background share. */
export function db(): CrossroadsDb {
  shared ??= new CrossroadsDb();
  return shared;
}
