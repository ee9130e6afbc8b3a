import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { ComparePostings } from '@/components/postings/ComparePostings';
import { PostingDetail } from '@/components/postings/PostingDetail';
import { PostingFilters } from '@/components/postings/PostingFilters';
import { PostingsTable } from '@/components/postings/PostingsTable';
import { db } from '@/lib/db/database';
import { listAll, setNotes, setStatus } from '@/lib/db/postings';
import { t } from '@/lib/i18n/t';
import type { ProfileResult } from '@/lib/model/profile';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { type PostingQuery, queryRows, type SortKey, toRows } from '@/lib/saved/query';

const DEFAULT_QUERY: PostingQuery = {
  search: '',
  roleTypes: [],
  bands: [],
  statuses: ['saved', 'applied', 'interviewing', 'offer', 'declined'],
  sort: { key: 'updatedAt', dir: 'desc' },
};

export interface SavedPostingsProps {
  profile: ProfileResult | undefined;
  /** Changes when the profile changes, so fits are read again. */
  version: number;
  onError: (e: unknown) => void;
}

/** The saved postings: find, sort, move through the pipeline, take notes, compare. */
export function SavedPostings({ profile, version, onError }: SavedPostingsProps) {
  const [records, setRecords] = useState<PostingRecord[] | null>(null);
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);

  const load = useCallback(() => {
    listAll(db()).then(setRecords, onError);
  }, [onError]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload whenever the profile version changes
  useEffect(load, [load, version]);

  const rows = useMemo(() => toRows(records ?? []), [records]);
  // Typing stays responsive: the filter runs on the deferred query.
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => queryRows(rows, deferred), [rows, deferred]);
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);

  const replace = (record: PostingRecord) => setRecords((rs) => rs?.map((r) => (r.id === record.id ? record : r)) ?? rs);
  const onSort = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: { key, dir: q.sort.key === key && q.sort.dir === 'desc' ? 'asc' : 'desc' } }));

  if (records === null) return <p className="muted">{t('postingsLoading')}</p>;
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
          record={open}
          onClose={() => setOpenId(null)}
          onStatus={(status) => setStatus(db(), open.id, status).then(replace, onError)}
          onNotes={(notes) => setNotes(db(), open.id, notes).then(replace, onError)}
        />
      )}
      {comparing && compared.length >= 2 && (
        <ComparePostings records={compared} profile={profile} onClose={() => setComparing(false)} />
      )}
    </div>
  );
}
