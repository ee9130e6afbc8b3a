import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { ComparePostings } from '@/components/postings/ComparePostings';
import { PostingDetail } from '@/components/postings/PostingDetail';
import { PostingFilters } from '@/components/postings/PostingFilters';
import { PostingsTable } from '@/components/postings/PostingsTable';
import { UndoToast } from '@/components/UndoToast';
import { useLivePostings } from '@/hooks/usePostings';
import { db } from '@/lib/db/database';
import { listByStatus, setStatus } from '@/lib/db/postings';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/channel';
import type { ProfileResult } from '@/lib/model/profile';
import { POSTING_STATUSES, type PostingRecord, type PostingStatus, SAVED_STATUSES } from '@/lib/model/saved-posting';
import { type PostingQuery, queryRows, type SortKey, toRows } from '@/lib/saved/query';
import { go, hrefOf } from './route';

const DEFAULT_QUERY: PostingQuery = {
  search: '',
  roleTypes: [],
  bands: [],
  statuses: [...SAVED_STATUSES],
  sort: { key: 'updatedAt', dir: 'desc' },
};

/** Below this width the detail opens over the table instead of beside it (dashboard.css says the same). */
const BESIDE = '(min-width: 1180px)';
/** At a phone's width the filters start folded (dashboard.css says the same). */
const PHONE = '(max-width: 760px)';

export interface SavedPostingsProps {
  profile: ProfileResult | undefined;
  /** The posting whose detail the address names (#postings/<id>). */
  open: string | null;
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

function useMatches(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const follow = () => setMatches(list.matches);
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return matches;
}

interface Undo {
  id: string;
  title: string;
  before: PostingStatus;
}

/** The saved postings: find, sort, open one beside or over the table, move it through the pipeline, compare. */
export function SavedPostings({ profile, open: openId, onError }: SavedPostingsProps) {
  const [query, setQuery] = useState(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const beside = useMatches(BESIDE);
  const phone = useMatches(PHONE);
  const undoButton = useRef<HTMLButtonElement>(null);
  const compareButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const lastOpened = useRef<string | null>(null);

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

  const open = openId ? byId.get(openId) : undefined;
  // Closing the detail gives focus back to the row it was opened from.
  useEffect(() => {
    if (open) {
      lastOpened.current = open.id;
      return;
    }
    const id = lastOpened.current;
    lastOpened.current = null;
    if (!id || document.activeElement !== document.body) return;
    list.current?.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)?.focus();
  }, [open]);

  const onSort = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: { key, dir: q.sort.key === key && q.sort.dir === 'desc' ? 'asc' : 'desc' } }));

  /** Every status change goes through here; a dismissal can be undone. */
  const changeStatus = (record: PostingRecord, status: PostingStatus) => {
    const before = record.status;
    setStatus(db(), record.id, status).then(() => {
      if (status !== 'dismissed' || before === 'dismissed') return;
      setUndo({ id: record.id, title: record.posting.title, before });
      // The detail of a dismissed posting closes (it leaves the list); the keyboard lands on Undo.
      if (!query.statuses.includes('dismissed') && query.statuses.length > 0) go(hrefOf('postings'));
      requestAnimationFrame(() => undoButton.current?.focus());
    }, onError);
  };
  const undoDismiss = () => {
    if (!undo) return;
    const { id, before } = undo;
    setUndo(null);
    setStatus(db(), id, before).then(() => {
      requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-open="${CSS.escape(id)}"]`)?.focus());
    }, onError);
  };

  if (!records) return <p className="muted">{t('postingsLoading')}</p>;
  const compared = [...selected].map((id) => byId.get(id)).filter((r): r is PostingRecord => Boolean(r));
  const toast = (
    <UndoToast
      message={undo ? t('postingsDismissed', undo.title) : null}
      onUndo={undoDismiss}
      onClose={() => setUndo(null)}
      undoRef={undoButton}
    />
  );

  if (comparing && compared.length >= 2)
    return (
      <>
        <ComparePostings
          records={compared}
          profile={profile}
          onClose={() => {
            setComparing(false);
            requestAnimationFrame(() => compareButton.current?.focus());
          }}
        />
        {toast}
      </>
    );

  const over = Boolean(open) && !beside;
  return (
    <div className={`saved${open ? ' has-detail' : ''}`}>
      {/* Over the table, the detail is the page for now: the list behind it is out of reach. */}
      <div className="saved-list" ref={list} inert={over}>
        <PostingFilters query={query} onChange={setQuery} shown={shown.length} total={rows.length} compact={phone} />
        <div className="compare-bar">
          <button
            type="button"
            ref={compareButton}
            className="primary"
            disabled={compared.length < 2}
            onClick={() => setComparing(true)}
          >
            {compared.length > 0 ? t('postingsCompareCount', compared.length) : t('postingsCompareSelected')}
          </button>
          <span className="muted">{t('postingsCompareHelp')}</span>
        </div>
        <PostingsTable
          rows={shown}
          sort={query.sort}
          onSort={onSort}
          selected={selected}
          openId={open?.id ?? null}
          onToggleSelect={(id, on) =>
            setSelected((s) => {
              const next = new Set(s);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          onOpen={(id) => go(hrefOf('postings', id))}
        />
      </div>
      {open && (
        <PostingDetail
          key={open.id}
          record={open}
          over={over}
          onClose={() => go(hrefOf('postings'))}
          onStatus={(status) => changeStatus(open, status)}
          onNotes={(notes) => {
            send({ type: 'saveNotes', id: open.id, notes }).catch(onError);
          }}
        />
      )}
      {toast}
    </div>
  );
}
