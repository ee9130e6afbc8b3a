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
  /** Shown over the table (narrow windows) rather than beside it. */
  over?: boolean;
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

/**
 * One saved posting, beside the table or over it: why it fits or not, where
 * it stands in the user's pipeline (Dismiss with Undo, from the list), and
 * their notes. It takes focus when it opens; Escape closes it.
 */
export function PostingDetail({ record, over = false, onStatus, onNotes, onClose }: PostingDetailProps) {
  const { notes, change, flush } = useNote(record.notes, onNotes);
  const statusId = useId();
  const notesId = useId();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { company, locations, title, url } = record.posting;
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const dismissed = record.status === 'dismissed';
  return (
    <section
      className={`detail${over ? ' over' : ''}`}
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="detail-head">
        <h3 id={titleId} dir="auto" ref={heading} tabIndex={-1}>
          {title}
        </h3>
        <button type="button" className="icon-button" aria-label={t('detailClose')} title={t('detailClose')} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3.5 3.5l9 9m0-9-9 9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
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
      <p className="detail-kind">
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
        {!dismissed && (
          <button type="button" className="detail-dismiss" onClick={() => onStatus('dismissed')}>
            {t('dismiss')}
          </button>
        )}
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
