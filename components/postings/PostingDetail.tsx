import { useEffect, useId, useRef, useState } from 'react';
import { sayFound } from '@/lib/i18n/found';
import { t } from '@/lib/i18n/t';
import { POSTING_STATUSES, type PostingRecord, type PostingStatus } from '@/lib/model/saved-posting';
import { FitSummary } from '../FitSummary';
import { RoleTag } from '../RoleTag';
import { statusLabel } from './status-label';

/** How long typing pauses before the note is stored. Leaving the field, closing the detail or hiding the page stores it at once. */
export const NOTE_SAVE_DELAY_MS = 400;

export interface PostingDetailProps {
  record: PostingRecord;
  onStatus: (status: PostingStatus) => void;
  /** Stores the note; called while typing (debounced) and whenever the page hides. */
  onNotes: (notes: string) => void;
  onClose: () => void;
}

/**
 * The note as the user types it, stored as they type: after a pause, when
 * the field loses focus, when the detail closes, and when the page hides
 * (a closed tab, a switched tab), so nothing typed is lost. A change made
 * elsewhere (another page, an import) shows when this one is not being typed in.
 */
function useNote(stored: string, onNotes: (notes: string) => void) {
  const [notes, setNotes] = useState(stored);
  const typed = useRef(stored);
  const saved = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onNotes);
  save.current = onNotes;

  const flush = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (typed.current === saved.current) return;
    saved.current = typed.current;
    save.current(typed.current);
  }).current;

  useEffect(() => {
    if (typed.current !== saved.current || stored === saved.current) return;
    saved.current = stored;
    typed.current = stored;
    setNotes(stored);
  }, [stored]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = (value: string) => {
    typed.current = value;
    setNotes(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
  };
  return { notes, change, flush };
}

/** One saved posting: where it stands in the user's pipeline, their notes, and why it fits or not. */
export function PostingDetail({ record, onStatus, onNotes, onClose }: PostingDetailProps) {
  const { notes, change, flush } = useNote(record.notes, onNotes);
  const statusId = useId();
  const notesId = useId();
  const titleId = useId();
  const { company, locations, title, url } = record.posting;
  return (
    <section className="detail" aria-labelledby={titleId}>
      <div className="detail-head">
        <h3 id={titleId} dir="auto">
          {title}
        </h3>
        <button type="button" onClick={onClose}>
          {t('detailClose')}
        </button>
      </div>
      <p className="muted">
        {company && (
          <>
            <bdi>{company}</bdi> ·{' '}
          </>
        )}
        {locations.length > 0 && (
          <>
            <bdi>{locations.join('; ')}</bdi> ·{' '}
          </>
        )}
        <a href={url} target="_blank" rel="noreferrer noopener">
          {t('detailOpen')}
        </a>
      </p>
      <p>
        <RoleTag roleType={record.classification.roleType} />{' '}
        <span className="muted">{record.classification.reasons[0] && sayFound(record.classification.reasons[0])}</span>
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
        dir="auto"
        value={notes}
        maxLength={20_000}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={flush}
      />
    </section>
  );
}
