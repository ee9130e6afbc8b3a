import type { Dexie, Transaction } from 'dexie';
import { upgradeToV2 } from './upgrades/v2-profiles';
import { upgradeToV3 } from './upgrades/v3-scoped-ids';
import { upgradeToV4 } from './upgrades/v4-evidence-keys';

export interface DbVersion {
  version: number;
  /** Dexie's store specs; a table left out keeps its previous spec, null deletes it. */
  stores: Record<string, string | null>;
  /** Runs once, when a database older than this version opens. Reads rows raw: never today's schemas. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every version the database has had, oldest first. Never edit a shipped
 * one: add the next, with its upgrade in upgrades/vN-what.ts and a case in
 * tests/unit/db/upgrade.test.ts that opens each older version with data and
 * checks that nothing is lost.
 */
export const VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: { postings: 'id, status, updatedAt' } },
  {
    version: 2,
    stores: { postings: 'id, status, updatedAt', profiles: '++id, createdAt', settings: 'key' },
    upgrade: upgradeToV2,
  },
  {
    version: 3,
    // Postings keyed by site move to a table of their own: building new indexes over a full table of old
    // rows took longer than moving the rows (upgrades/v3-scoped-ids.ts). The old table goes once moved.
    stores: {
      postings: null,
      // status: the saved list; [status+seenAt]: retention; [status+editedAt]: the popup's recent saves;
      // [site+firstSeenAt]: new rows per site (and any query by site, as its prefix).
      keyedPostings: 'id, status, [status+seenAt], [status+editedAt], [site+firstSeenAt]',
      descriptions: 'id',
    },
    upgrade: upgradeToV3,
  },
  // Evidence and reasons as message keys with the rule that found them (upgrades/v4-evidence-keys.ts).
  { version: 4, stores: {}, upgrade: upgradeToV4 },
  // The periodic check-ins, beside the profiles in the history. A new table: no row changes shape.
  { version: 5, stores: { checkIns: '++id, createdAt' } },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;

/** Declares the versions up to `upTo` on a Dexie instance (tests open old versions this way, exactly as they shipped). */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
