import type { Transaction } from 'dexie';

/**
 * Version 2 added profile snapshots and settings. Postings stored by 0.1
 * builds lacked notes and firstSeenAt; fill them so every row passes the
 * schema of its time.
 */
export function upgradeToV2(tx: Transaction) {
  return tx
    .table('postings')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (typeof row.notes !== 'string') row.notes = '';
      if (typeof row.firstSeenAt !== 'number') row.firstSeenAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
    });
}
