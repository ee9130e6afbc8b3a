import { useId, useState } from 'react';
import { CHECK_IN_PROMPTS, hasNotes } from '@/lib/assess/check-in';
import { formatDate } from '@/lib/i18n/format';
import { type MessageKey, t } from '@/lib/i18n/t';
import { CHECK_IN_EVERY, type CheckInEvery } from '@/lib/model/check-in';

const EVERY_WORDS: Record<CheckInEvery, MessageKey> = {
  weekly: 'checkInWeekly',
  monthly: 'checkInMonthly',
  quarterly: 'checkInQuarterly',
};

export interface CheckInProps {
  /** How often the reminder comes; null when it is off. */
  every: CheckInEvery | null;
  /** When the next reminder is due, when one is set. */
  next: number | undefined;
  /** Why the reminder is not on after all, or null. */
  reminderNotice: string | null;
  /** Turns the reminder on, changes it, or (null) turns it off: runs in the user's own change, where the browser may ask. */
  onEveryChange: (every: CheckInEvery | null) => void;
  /** Keeps the notes; resolves once stored. */
  onSave: (notes: Record<string, string>) => Promise<void>;
  /** Focus the first prompt (a reminder's notification opened the check-in). */
  autoFocus?: boolean;
}

/**
 * The periodic check-in: two or three reflection prompts whose notes join
 * the history beside the assessments, and an optional reminder (weekly,
 * monthly or quarterly) that the user turns on themselves.
 */
export function CheckIn({ every, next, reminderNotice, onEveryChange, onSave, autoFocus = false }: CheckInProps) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = useId();
  const remindId = `${ids}-remind`;
  return (
    <section className="check-in" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('checkInTitle')}</h3>
      <p className="muted">{t('checkInIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!hasNotes(notes)) {
            setNotice(t('checkInEmpty'));
            return;
          }
          setSaving(true);
          onSave(notes)
            .then(
              () => {
                setNotes({});
                setNotice(t('checkInSaved'));
              },
              (err: unknown) => setNotice(err instanceof Error ? err.message : String(err)),
            )
            .finally(() => setSaving(false));
        }}
      >
        {CHECK_IN_PROMPTS.map((p, i) => (
          <label key={p.id} className="note">
            <span>{t(p.text)}</span>
            <textarea
              rows={2}
              maxLength={4000}
              // biome-ignore lint/a11y/noAutofocus: the user came here from the reminder to write this
              autoFocus={autoFocus && i === 0}
              value={notes[p.id] ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setNotes((n) => ({ ...n, [p.id]: text }));
              }}
            />
          </label>
        ))}
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {t('checkInSave')}
          </button>
          <p className="muted" role="status">
            {notice ?? ''}
          </p>
        </div>
      </form>
      <div className="check-in-remind">
        <label htmlFor={remindId}>{t('checkInRemind')}</label>
        <select
          id={remindId}
          value={every ?? 'never'}
          aria-describedby={`${ids}-remind-help`}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onEveryChange(value === 'never' ? null : (value as CheckInEvery));
          }}
        >
          <option value="never">{t('checkInNever')}</option>
          {CHECK_IN_EVERY.map((v) => (
            <option key={v} value={v}>
              {t(EVERY_WORDS[v])}
            </option>
          ))}
        </select>
        <p id={`${ids}-remind-help`} className="muted">
          {reminderNotice ?? (every && next ? t('checkInNext', formatDate(next)) : t('checkInRemindHelp'))}
        </p>
      </div>
    </section>
  );
}
