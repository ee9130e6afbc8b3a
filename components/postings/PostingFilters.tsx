import { useId } from 'react';
import { tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import { FIT_BANDS } from '@/lib/model/fit';
import { ROLE_TYPES } from '@/lib/model/role-type';
import { POSTING_STATUSES } from '@/lib/model/saved-posting';
import type { PostingQuery } from '@/lib/saved/query';
import { bandLabel } from '../FitSummary';
import { roleLabel } from '../RoleTag';
import { statusLabel } from './status-label';

export interface PostingFiltersProps {
  query: PostingQuery;
  onChange: (query: PostingQuery) => void;
  shown: number;
  total: number;
  /** A phone's width: the filters start folded. */
  compact?: boolean;
}

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Search and filters for the saved postings: label, fit band and status. */
export function PostingFilters({ query, onChange, shown, total, compact = false }: PostingFiltersProps) {
  const searchId = useId();
  const group = <T extends string>(
    legend: string,
    values: readonly T[],
    chosen: T[],
    key: 'roleTypes' | 'bands' | 'statuses',
    label: (v: T) => string,
  ) => (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="filter-chip">
          <input
            type="checkbox"
            checked={chosen.includes(v)}
            onChange={(e) => onChange({ ...query, [key]: toggle(chosen, v, e.currentTarget.checked) })}
          />
          <span>{label(v)}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="filters">
      <label htmlFor={searchId} className="search">
        <span>{t('filterSearch')}</span>
        <input
          id={searchId}
          type="search"
          value={query.search}
          placeholder={t('filterSearchPlaceholder')}
          onChange={(e) => onChange({ ...query, search: e.currentTarget.value })}
        />
      </label>
      {/* Laid out inline on wide screens; on a phone (dashboard.css) folded under its summary. */}
      <details className="filter-more" open={!compact || undefined}>
        <summary>{t('filterMore')}</summary>
        {group(t('filterLabel'), ROLE_TYPES, query.roleTypes, 'roleTypes', roleLabel)}
        {group(t('filterFit'), FIT_BANDS, query.bands, 'bands', bandLabel)}
        {group(t('filterStatus'), POSTING_STATUSES, query.statuses, 'statuses', statusLabel)}
      </details>
      <p className="muted" role="status">
        {shown === total ? tn('filterCountAll', total) : tn('filterCountSome', total, shown)}
      </p>
    </div>
  );
}
