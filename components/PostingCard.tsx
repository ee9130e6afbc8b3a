import { useId } from 'react';
import { formatPercent } from '@/lib/i18n/format';
import { sayFound } from '@/lib/i18n/found';
import { t } from '@/lib/i18n/t';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { FitSummary } from './FitSummary';
import { RoleTag } from './RoleTag';

export interface PostingCardProps {
  record: PostingRecord;
  onSave?: (id: string) => void;
}

/** One posting with its role type and the reasons for it. */
export function PostingCard({ record, onSave }: PostingCardProps) {
  const { posting, classification, status } = record;
  const saved = status !== 'seen' && status !== 'dismissed';
  const titleId = useId();
  return (
    <article className="card" aria-labelledby={titleId}>
      <header className="card-head">
        <RoleTag roleType={classification.roleType} />
        <span className="muted">{t('cardConfidence', formatPercent(classification.confidence))}</span>
      </header>
      <h3 id={titleId} className="card-title" dir="auto">
        {posting.title}
      </h3>
      <p className="muted">
        {[posting.company, posting.locations[0]]
          .filter((part): part is string => Boolean(part))
          .map((part, i) => (
            <span key={part}>
              {i > 0 && ' · '}
              <bdi>{part}</bdi>
            </span>
          ))}
      </p>
      {record.fit ? (
        <FitSummary fit={record.fit} />
      ) : (
        <>
          <ul className="reasons">
            {classification.reasons.map((reason) => {
              const words = sayFound(reason);
              return <li key={words}>{words}</li>;
            })}
          </ul>
          <p className="muted">{t('cardTakeAssessment')}</p>
        </>
      )}
      {onSave && (
        <button type="button" className="primary" disabled={saved} onClick={() => onSave(record.id)}>
          {t(saved ? 'saved' : 'cardSavePosting')}
        </button>
      )}
    </article>
  );
}
