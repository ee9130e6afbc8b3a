import type { Transaction } from 'dexie';
import { convertLegacyRows } from '../legacy-rows';

/**
 * Version 3: keys scoped by site (lib/model/posting-key.ts), descriptions in
 * their own table, no stored fit, and separate times for a sighting and for
 * the user's edits. Keys change, so the table is rewritten: read whole,
 * cleared, written again in the one upgrade transaction, which IndexedDB
 * rolls back entirely if any step fails. Rows that cannot be keyed stay as
 * they were (an export flags them); rows that turn out to be one posting are
 * combined without losing a status or a note.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const postings = tx.table('postings');
  const { converted, keptAsIs } = convertLegacyRows(await postings.toArray());
  await postings.clear();
  // Converted rows last: should an unreadable row's old id equal a new key, the readable posting wins.
  await postings.bulkPut([...keptAsIs, ...converted.map((c) => c.row)]);
  await tx.table('descriptions').bulkAdd(converted.map((c) => ({ id: c.row.id, text: c.description })));
}
