import { useState } from 'react';
import { formatDate } from '@/lib/i18n/format';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { Row, SortKey } from '@/lib/saved/query';
import { visibleWindow } from '@/lib/saved/query';
import { bandLabel } from '../FitSummary';
import { RoleTag } from '../RoleTag';
import { statusLabel } from './status-label';

export const ROW_HEIGHT = 44;
const VIEWPORT = 480;
const MAX_COMPARE = 4;

export interface PostingsTableProps {
  rows: Row[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggleSelect: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
}

const COLUMNS: Array<{ key: SortKey; label: MessageKey }> = [
  { key: 'title', label: 'colPosting' },
  { key: 'company', label: 'colCompany' },
  { key: 'roleType', label: 'colLabel' },
  { key: 'fit', label: 'colFit' },
  { key: 'status', label: 'colStatus' },
  { key: 'updatedAt', label: 'colUpdated' },
];

/**
 * The saved postings, sortable, with only the visible rows in the DOM so ten
 * thousand stay smooth. A real table: screen readers get the full row count
 * and each row's index.
 */
export function PostingsTable({ rows, sort, onSort, selected, onToggleSelect, onOpen }: PostingsTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleWindow(rows.length, scrollTop, VIEWPORT, ROW_HEIGHT);
  if (rows.length === 0) return <p className="muted">{t('postingsNone')}</p>;
  return (
    <div className="table-scroll" style={{ maxHeight: VIEWPORT }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table className="postings" aria-rowcount={rows.length + 1} aria-label={t('postingsTable')}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <span className="visually-hidden">{t('postingsCompareColumn')}</span>
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
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
              <tr key={record.id} aria-rowindex={start + i + 2} style={{ height: ROW_HEIGHT }}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('postingsCompareOne', record.posting.title)}
                    checked={checked}
                    disabled={!checked && selected.size >= MAX_COMPARE}
                    onChange={(e) => onToggleSelect(record.id, e.currentTarget.checked)}
                  />
                </td>
                <td>
                  <button type="button" className="link-button cell-title" onClick={() => onOpen(record.id)}>
                    <bdi>{record.posting.title}</bdi>
                  </button>
                </td>
                <td dir="auto">{record.posting.company}</td>
                <td>
                  <RoleTag roleType={record.classification.roleType} />
                </td>
                <td className="num">{record.fit ? `${record.fit.score} ${bandLabel(record.fit.band)}` : '–'}</td>
                <td>{statusLabel(record.status)}</td>
                <td className="num">{formatDate(record.updatedAt)}</td>
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
