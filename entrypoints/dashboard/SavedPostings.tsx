import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ComparePostings } from '@/components/postings/ComparePostings';
import { PostingDetail } from '@/components/postings/PostingDetail';
import { PostingFilters } from '@/components/postings/PostingFilters';
import { PostingsTable } from '@/components/postings/PostingsTable';
import { useLivePostings } from '@/hooks/usePostings';
import { db } from '@/lib/db/database';
import { listByStatus, setStatus } from '@/lib/db/postings';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/channel';
import type { ProfileResult } from '@/lib/model/profile';
import { POSTING_STATUSES, type PostingRecord, type PostingStatus, SAVED_STATUSES } from '@/lib/model/saved-posting';
import { type PostingQuery, queryRows, type SortKey, toRows } from '@/lib/saved/query';

const DEFAULT_QUERY: PostingQuery = {
  search: '',
  roleTypes: [],
  bands: [],
  statuses: [...SAVED_STATUSES],
  sort: { key: 'updatedAt', dir: 'desc' },
};

export interface SavedPostingsProps {
  profile: ProfileResult | undefined;
  onError: (e: unknown) => void;
}

/**
 * The statuses to read from the database: the saved ones always (switching
 * between them filters in memory), seen and dismissed only when asked for.
 */
function statusesToRead(chosen: PostingStatus[]): PostingStatus[] {
  if (chosen.length === 0) return [...POSTING_STATUSES];
  return [...SAVED_STATUSES, ...chosen.filter((s) => !(SAVED_STATUSES as readonly string[]).includes(s))];
}

/** The saved postings: find, sort, move through the pipeline, take notes, compare. */
export function SavedPostings({ profile, onError }: SavedPostingsProps) {
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);

  const reading = statusesToRead(query.statuses);
  const records = useLivePostings(`status:${reading.join(',')}`, () => listByStatus(db(), reading), onError);

  const rows = useMemo(() => toRows(records ?? []), [records]);
  // Typing stays responsive: the filter runs on the deferred query.
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => queryRows(rows, deferred), [rows, deferred]);
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);

  // For `npm run bench`: when the postings first show, and each time they show again (after an import, say).
  const first = useRef(true);
  useEffect(() => {
    if (!records) return;
    performance.mark(first.current ? 'crossroads:postings-ready' : 'crossroads:postings-shown');
    first.current = false;
  }, [records]);

  const onSort = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: { key, dir: q.sort.key === key && q.sort.dir === 'desc' ? 'asc' : 'desc' } }));

  if (!records) return <p className="muted">{t('postingsLoading')}</p>;
  const open = openId ? byId.get(openId) : undefined;
  const compared = [...selected].map((id) => byId.get(id)).filter((r): r is PostingRecord => Boolean(r));

  return (
    <div className="saved">
      <PostingFilters query={query} onChange={setQuery} shown={shown.length} total={rows.length} />
      <div className="row">
        <button type="button" className="primary" disabled={compared.length < 2} onClick={() => setComparing(true)}>
          {compared.length > 0 ? t('postingsCompareCount', compared.length) : t('postingsCompareSelected')}
        </button>
        <span className="muted">{t('postingsCompareHelp')}</span>
      </div>
      <PostingsTable
        rows={shown}
        sort={query.sort}
        onSort={onSort}
        selected={selected}
        onToggleSelect={(id, on) =>
          setSelected((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
        onOpen={setOpenId}
      />
      {open && (
        <PostingDetail
          key={open.id}
          record={open}
          onClose={() => setOpenId(null)}
          onStatus={(status) => setStatus(db(), open.id, status).catch(onError)}
          onNotes={(notes) => {
            send({ type: 'saveNotes', id: open.id, notes }).catch(onError);
          }}
        />
      )}
      {comparing && compared.length >= 2 && (
        <ComparePostings records={compared} profile={profile} onClose={() => setComparing(false)} />
      )}
    </div>
  );
}
