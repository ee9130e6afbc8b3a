import { useId } from 'react';
import { reasonsOf, verdictOf } from '@/components/panel/panel-model';
import { t } from '@/lib/i18n/t';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { FitPill } from './FitPill';
import { RoleTag } from './RoleTag';

export interface PostingCardProps {
  record: PostingRecord;
  onSave?: (id: string) => void;
  onOpen?: (id: string) => void;
}

/**
 * The posting on the user's tab, as the popup shows it: what kind of role
 * and how it fits (the panel's verdict and at most three of its reasons, said
 * the same way), then Save and a way to its detail in the dashboard.
 */
export function PostingCard({ record, onSave, onOpen }: PostingCardProps) {
  const { posting, classification, status, fit } = record;
  const saved = status !== 'seen' && status !== 'dismissed';
  const titleId = useId();
  const reasons = reasonsOf({ classification, fit, snippets: [] });
  return (
    <article className="card posting-card" aria-labelledby={titleId}>
      <header className="card-head">
        <RoleTag roleType={classification.roleType} />
        {fit && <FitPill fit={fit} />}
      </header>
      <h3 id={titleId} className="card-title" dir="auto" title={posting.title}>
        {posting.title}
      </h3>
      <p className="muted card-where" title={[posting.company, posting.locations[0]].filter(Boolean).join(' · ')}>
        {[posting.company, posting.locations[0]]
          .filter((part): part is string => Boolean(part))
          .map((part, i) => (
            <span key={part}>
              {i > 0 && ' · '}
              <bdi>{part}</bdi>
            </span>
          ))}
      </p>
      <p className="card-verdict">{verdictOf({ classification, fit })}</p>
      {reasons.length > 0 && (
        <ul className="card-reasons" aria-label={t('panelWhy')}>
          {reasons.map((r) => (
            <li key={r.key} className={r.sign > 0 ? 'plus' : r.sign < 0 ? 'minus' : 'plain'}>
              <span className="sign" aria-hidden="true">
                {r.sign > 0 ? '+' : r.sign < 0 ? '−' : '•'}
              </span>
              <span>
                {r.sign !== 0 && <span className="visually-hidden">{t(r.sign > 0 ? 'reasonFor' : 'reasonAgainst')}</span>}
                {r.text}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        {onSave && (
          <button type="button" className="primary" disabled={saved} onClick={() => onSave(record.id)}>
            {t(saved ? 'saved' : 'cardSavePosting')}
          </button>
        )}
        {onOpen && (
          <button type="button" className="link-button" onClick={() => onOpen(record.id)}>
            {t('cardOpenInDashboard')}
          </button>
        )}
      </div>
    </article>
  );
}
