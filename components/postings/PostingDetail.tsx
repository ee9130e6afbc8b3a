import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { POSTING_STATUSES, type PostingRecord, type PostingStatus } from '@/lib/model/saved-posting';
import { FitSummary } from '../FitSummary';
import { RoleTag } from '../RoleTag';
import { statusLabel } from './status-label';

export interface PostingDetailProps {
  record: PostingRecord;
  onStatus: (status: PostingStatus) => void;
  onNotes: (notes: string) => void;
  onClose: () => void;
}

/** One saved posting: where it stands in the user's pipeline, their notes, and why it fits or not. */
export function PostingDetail({ record, onStatus, onNotes, onClose }: PostingDetailProps) {
  const [notes, setNotes] = useState(record.notes);
  const statusId = useId();
  const notesId = useId();
  useEffect(() => setNotes(record.notes), [record.notes]);
  return (
    <section className="detail" aria-labelledby="detail-title">
      <div className="detail-head">
        <h3 id="detail-title">{record.posting.title}</h3>
        <button type="button" onClick={onClose}>
          {t('detailClose')}
        </button>
      </div>
      <p className="muted">
        {[record.posting.company, record.posting.locations.join('; ')].filter(Boolean).join(' · ')} ·{' '}
        <a href={record.posting.url} target="_blank" rel="noreferrer noopener">
          {t('detailOpen')}
        </a>
      </p>
      <p>
        <RoleTag roleType={record.classification.roleType} /> <span className="muted">{record.classification.reasons[0]}</span>
      </p>
      {record.fit ? <FitSummary fit={record.fit} /> : <p className="muted">{t('detailNoFit')}</p>}
      <div className="row">
        <label htmlFor={statusId}>{t('detailStatus')}</label>
        <select id={statusId} value={record.status} onChange={(e) => onStatus(e.currentTarget.value as PostingStatus)}>
          {POSTING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={notesId} className="note">
        <span>{t('detailNotes')}</span>
      </label>
      <textarea
        id={notesId}
        rows={4}
        value={notes}
        maxLength={20_000}
        onChange={(e) => setNotes(e.currentTarget.value)}
        onBlur={() => notes !== record.notes && onNotes(notes)}
      />
    </section>
  );
}
