import { useState } from 'react';
import { formatDate } from '@/lib/i18n/format';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { Row, SortKey } from '@/lib/saved/query';
import { visibleWindow } from '@/lib/saved/query';
import { bandLabel } from '../FitSummary';
import { RoleTag } from '../RoleTag';
import { statusLabel } from './status-label';

/** Two lines fit: the title, and on narrow screens the company and label under it. */
export const ROW_HEIGHT = 52;
const VIEWPORT = 480;
const MAX_COMPARE = 4;

export interface PostingsTableProps {
  rows: Row[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  /** The posting whose detail is open, marked in its row. */
  openId?: string | null;
  onToggleSelect: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
}

/** Each column's class lets narrow screens leave out the ones the title's second line already says. */
const COLUMNS: Array<{ key: SortKey; label: MessageKey }> = [
  { key: 'title', label: 'colPosting' },
  { key: 'company', label: 'colCompany' },
  { key: 'roleType', label: 'colLabel' },
  { key: 'fit', label: 'colFit' },
  { key: 'status', label: 'colStatus' },
  { key: 'updatedAt', label: 'colUpdated' },
];
const colClass = (key: SortKey) => `col-${key}`;

/**
 * The saved postings, sortable, with only the visible rows in the DOM so ten
 * thousand stay smooth. A real table: screen readers get the full row count
 * and each row's index.
 */
export function PostingsTable({ rows, sort, onSort, selected, openId, onToggleSelect, onOpen }: PostingsTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleWindow(rows.length, scrollTop, VIEWPORT, ROW_HEIGHT);
  if (rows.length === 0) return <p className="muted">{t('postingsNone')}</p>;
  return (
    <div className="table-scroll" style={{ maxHeight: VIEWPORT }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table className="postings" aria-rowcount={rows.length + 1} aria-label={t('postingsTable')}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-select">
              <span className="visually-hidden">{t('postingsCompareColumn')}</span>
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                className={colClass(c.key)}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => onSort(c.key)}>
                  {t(c.label)}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 && (
            <tr className="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: start * ROW_HEIGHT }} />
            </tr>
          )}
          {rows.slice(start, end).map(({ record }, i) => {
            const checked = selected.has(record.id);
            return (
              <tr
                key={record.id}
                aria-rowindex={start + i + 2}
                style={{ height: ROW_HEIGHT }}
                className={record.id === openId ? 'open' : undefined}
              >
                <td className="col-select">
                  <input
                    type="checkbox"
                    aria-label={t('postingsCompareOne', record.posting.title)}
                    checked={checked}
                    disabled={!checked && selected.size >= MAX_COMPARE}
                    onChange={(e) => onToggleSelect(record.id, e.currentTarget.checked)}
                  />
                </td>
                <td className="col-title">
                  <button
                    type="button"
                    className="link-button cell-title"
                    data-open={record.id}
                    aria-expanded={record.id === openId}
                    onClick={() => onOpen(record.id)}
                  >
                    <bdi>{record.posting.title}</bdi>
                  </button>
                  <span className="cell-sub muted">
                    <RoleTag roleType={record.classification.roleType} /> <bdi>{record.posting.company}</bdi>
                  </span>
                </td>
                <td className="col-company" dir="auto">
                  {record.posting.company}
                </td>
                <td className="col-roleType">
                  <RoleTag roleType={record.classification.roleType} />
                </td>
                <td className="num col-fit">
                  {record.fit ? (
                    <>
                      <strong>{record.fit.score}</strong>{' '}
                      <span className={`band-word band-${record.fit.band}`}>{bandLabel(record.fit.band)}</span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td className="col-status">{statusLabel(record.status)}</td>
                <td className="num col-updatedAt">{formatDate(record.updatedAt)}</td>
              </tr>
            );
          })}
          {end < rows.length && (
            <tr className="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: (rows.length - end) * ROW_HEIGHT }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
