import type { FitBand } from '../model/fit';
import type { RoleType } from '../model/role-type';
import type { PostingRecord, PostingStatus } from '../model/saved-posting';
import { fold } from './fold';

export const SORT_KEYS = ['updatedAt', 'fit', 'title', 'company', 'roleType', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PostingQuery {
  search: string;
  roleTypes: RoleType[];
  bands: FitBand[];
  statuses: PostingStatus[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
}

/** A stored posting with what the table shows and searches, computed once per load rather than per keystroke. */
export interface Row {
  record: PostingRecord;
  haystack: string;
}

export function toRows(records: PostingRecord[]): Row[] {
  return records.map((record) => ({
    record,
    haystack: fold(`${record.posting.title}\n${record.posting.company}\n${record.posting.locations.join(' ')}\n${record.notes}`),
  }));
}

const STATUS_ORDER: Record<PostingStatus, number> = {
  seen: 0,
  saved: 1,
  applied: 2,
  interviewing: 3,
  offer: 4,
  declined: 5,
  dismissed: 6,
};

function compare(key: SortKey): (a: Row, b: Row) => number {
  switch (key) {
    case 'updatedAt':
      return (a, b) => a.record.updatedAt - b.record.updatedAt;
    case 'fit':
      return (a, b) => (a.record.fit?.score ?? -1) - (b.record.fit?.score ?? -1);
    case 'title':
      return (a, b) => a.record.posting.title.localeCompare(b.record.posting.title);
    case 'company':
      return (a, b) => a.record.posting.company.localeCompare(b.record.posting.company);
    case 'roleType':
      return (a, b) => a.record.classification.roleType.localeCompare(b.record.classification.roleType);
    case 'status':
      return (a, b) => STATUS_ORDER[a.record.status] - STATUS_ORDER[b.record.status];
  }
}

/** Filters, searches (every word, ignoring case and accents) and sorts the rows; empty filter lists mean "any". Stable for equal keys. */
export function queryRows(rows: Row[], q: PostingQuery): Row[] {
  const words = fold(q.search).split(/\s+/).filter(Boolean);
  const roles = new Set(q.roleTypes);
  const bands = new Set(q.bands);
  const statuses = new Set(q.statuses);
  const out = rows.filter(({ record, haystack }) => {
    if (roles.size > 0 && !roles.has(record.classification.roleType)) return false;
    if (bands.size > 0 && !(record.fit && bands.has(record.fit.band))) return false;
    if (statuses.size > 0 && !statuses.has(record.status)) return false;
    for (const w of words) if (!haystack.includes(w)) return false;
    return true;
  });
  const cmp = compare(q.sort.key);
  const sign = q.sort.dir === 'asc' ? 1 : -1;
  return out.sort((a, b) => sign * cmp(a, b) || b.record.updatedAt - a.record.updatedAt);
}

/** The window of rows to render for a scroll position: virtualisation without a library for fixed-height rows. */
export function visibleWindow(
  total: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  overscan = 8,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { start, end };
}
