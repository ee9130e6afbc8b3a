import type { Transaction } from 'dexie';
import { convertLegacyRows } from '../legacy-rows';

/** An IndexedDB request as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Version 3: keys scoped by site (lib/model/posting-key.ts), descriptions in
 * their own table, no stored fit, and separate times for a sighting and for
 * the user's edits. Keys change, so every row moves, from the old table
 * (postings, deleted by Dexie once this has run) to keyedPostings, in the
 * one upgrade transaction, which IndexedDB rolls back entirely if any step
 * fails. Rows that cannot be keyed move as they were (an export flags
 * them); rows that turn out to be one posting are combined without losing a
 * status or a note.
 *
 * Moving rather than rewriting in place: building the new indexes over a
 * full old table scans it once per index, and with 22,000 rows that alone
 * took longer than the move (see `npm run bench`). It works on the native
 * transaction, queuing requests without awaiting each (IndexedDB keeps
 * their order), since no page watches live queries during an upgrade.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const native = tx.idbtrans;
  const postings = native.objectStore('keyedPostings');
  const descriptions = native.objectStore('descriptions');
  const { converted, keptAsIs } = convertLegacyRows(await done(native.objectStore('postings').getAll()));
  const writes: Array<Promise<unknown>> = [];
  // Converted rows last: should an unreadable row's old id equal a new key, the readable posting wins.
  for (const raw of keptAsIs) writes.push(done(postings.put(raw)));
  for (const { row, description } of converted) {
    writes.push(done(postings.put(row)), done(descriptions.put({ id: row.id, text: description })));
  }
  await Promise.all(writes);
}
