import { t } from '@/lib/i18n/t';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { RoleTag } from './RoleTag';

/** The postings the user saved, newest first. */
export function SavedList({ records }: { records: PostingRecord[] }) {
  if (records.length === 0) return <p className="muted">{t('savedListEmpty')}</p>;
  return (
    <ul className="saved-list" aria-label={t('savedListName')}>
      {records.map((r) => (
        <li key={r.id}>
          <RoleTag roleType={r.classification.roleType} />
          <a href={r.posting.url} target="_blank" rel="noreferrer noopener">
            {r.posting.title}
          </a>
          <span className="muted">{r.posting.company}</span>
        </li>
      ))}
    </ul>
  );
}
