import { postingKey, siteOf } from '../model/posting-key';
import type { StoredPosting } from '../model/saved-posting';
import { stripBidiControls } from '../model/text';

/**
 * Postings as builds before database version 3 stored them (and export
 * version 1 wrote them): keyed by the page's bare identifier, the
 * description inside the row, a stored fit, one updatedAt bumped by every
 * sighting. Read with as few assumptions as possible, never with today's
 * schemas, so an upgrade written now still reads them after those change.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : fallback);
const clean = (v: unknown) => (typeof v === 'string' ? stripBidiControls(v) : v);

export interface ConvertedRow {
  row: StoredPosting;
  description: string;
}

/** A legacy row keyed and shaped as today's, or null when it lacks what a key needs (it is then kept as it was). */
export function fromLegacyRow(raw: unknown): ConvertedRow | null {
  if (!isRecord(raw) || !isRecord(raw.posting) || typeof raw.id !== 'string') return null;
  const { description, ...posting } = raw.posting;
  if (typeof posting.url !== 'string' || typeof posting.title !== 'string') return null;
  // The sender was not stored then; the posting's own address is the best witness of its site.
  const site = siteOf(posting.url);
  if (!site) return null;
  const title = stripBidiControls(posting.title);
  const id = postingKey({ site, id: raw.id, url: posting.url, title });
  const status = typeof raw.status === 'string' ? raw.status : 'seen';
  const notes = typeof raw.notes === 'string' ? raw.notes : '';
  const updatedAt = time(raw.updatedAt, 0);
  const row = {
    id,
    site,
    posting: {
      ...posting,
      id,
      title,
      company: clean(posting.company),
      locations: Array.isArray(posting.locations) ? posting.locations.map(clean) : posting.locations,
    },
    classification: raw.classification,
    status,
    notes,
    firstSeenAt: time(raw.firstSeenAt, updatedAt),
    seenAt: updatedAt,
    // Every sighting bumped updatedAt, so this is when the user last acted or later: an import then keeps, never loses, their edits.
    editedAt: status !== 'seen' || notes !== '' ? updatedAt : 0,
    updatedAt,
  } as StoredPosting;
  return { row, description: typeof description === 'string' ? stripBidiControls(description) : '' };
}

/** Two rows that turn out to be one posting: keeps every status, note and date the user had. */
export function combineDuplicates(a: ConvertedRow, b: ConvertedRow): ConvertedRow {
  const [older, newer] = a.row.seenAt <= b.row.seenAt ? [a, b] : [b, a];
  const edited = [a.row, b.row].filter((r) => r.status !== 'seen').sort((x, y) => y.editedAt - x.editedAt)[0];
  const notes = [...new Set([newer.row.notes, older.row.notes].filter((n) => n !== ''))].join('\n\n');
  const editedAt = Math.max(a.row.editedAt, b.row.editedAt);
  return {
    row: {
      ...newer.row,
      status: edited?.status ?? 'seen',
      notes,
      firstSeenAt: Math.min(a.row.firstSeenAt, b.row.firstSeenAt),
      seenAt: newer.row.seenAt,
      editedAt,
      updatedAt: Math.max(newer.row.seenAt, editedAt),
    },
    description: newer.description || older.description,
  };
}

/** Converts a whole table's rows: duplicates combined, rows that cannot be keyed kept exactly as they were. */
export function convertLegacyRows(rows: unknown[]): { converted: ConvertedRow[]; keptAsIs: unknown[] } {
  const byKey = new Map<string, ConvertedRow>();
  const keptAsIs: unknown[] = [];
  for (const raw of rows) {
    const converted = fromLegacyRow(raw);
    if (!converted) {
      keptAsIs.push(raw);
      continue;
    }
    const held = byKey.get(converted.row.id);
    byKey.set(converted.row.id, held ? combineDuplicates(held, converted) : converted);
  }
  return { converted: [...byKey.values()], keptAsIs };
}
