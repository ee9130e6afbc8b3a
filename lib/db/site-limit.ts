import Dexie from 'dexie';
import { SITE_NEW_ROWS } from '../model/limits';
import type { CrossroadsDb } from './database';

const TEN_MINUTES = 10 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether a site may add another row now: counted on the [site+firstSeenAt]
 * index, so it reads no row. Call inside the write's transaction.
 */
export async function siteMayAdd(db: CrossroadsDb, site: string, now: number): Promise<boolean> {
  const since = (ms: number) =>
    db.postings
      .where('[site+firstSeenAt]')
      .between([site, now - ms], [site, Dexie.maxKey], true, true)
      .count();
  return (await since(TEN_MINUTES)) < SITE_NEW_ROWS.perTenMinutes && (await since(DAY)) < SITE_NEW_ROWS.perDay;
}
