import { tn } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { RoleTag } from './RoleTag';

export interface SavedListProps {
  /** The most recent saves, newest first. */
  records: PostingRecord[];
  /** How many postings are saved in all, once counted. */
  total: number | undefined;
  onOpenDashboard: () => void;
}

/** The postings the user saved most recently, and how many more the dashboard holds. */
export function SavedList({ records, total, onOpenDashboard }: SavedListProps) {
  if (records.length === 0) return <p className="muted">{t('savedListEmpty')}</p>;
  return (
    <>
      <ul className="saved-list" aria-label={t('savedListName')}>
        {records.map((r) => (
          <li key={r.id}>
            <RoleTag roleType={r.classification.roleType} />
            <a href={r.posting.url} target="_blank" rel="noreferrer noopener">
              <bdi>{r.posting.title}</bdi>
            </a>
            <bdi className="muted">{r.posting.company}</bdi>
          </li>
        ))}
      </ul>
      {total !== undefined && total > records.length && (
        <button type="button" className="link-button" onClick={onOpenDashboard}>
          {tn('savedListMore', total - records.length)}
        </button>
      )}
    </>
  );
}
