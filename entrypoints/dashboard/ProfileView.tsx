import { Assessment } from '@/components/assessment/Assessment';
import { CheckIn } from '@/components/profile/CheckIn';
import { HistoryChart } from '@/components/profile/HistoryChart';
import { HistoryList } from '@/components/profile/HistoryList';
import { ProfileResultView } from '@/components/profile/ProfileResultView';
import { useCheckIns } from '@/hooks/useCheckIns';
import type { ProfileState } from '@/hooks/useProfile';
import { coachingFor } from '@/lib/assess/coaching';
import { t } from '@/lib/i18n/t';
import type { Answers } from '@/lib/model/profile';
import type { Draft } from '@/lib/model/settings';

export interface ProfileViewProps {
  state: ProfileState | null;
  assessing: boolean;
  setAssessing: (on: boolean) => void;
  onDraftChange: (draft: Draft) => void;
  complete: (answers: Answers) => Promise<unknown>;
  fail: (e: unknown) => void;
  /** A reminder's notification opened the check-in: it takes focus. */
  checkIn?: boolean;
}

/** The user's profile: the latest result with its coaching, how it moved over time, and the assessment with room. */
export function ProfileView({
  state,
  assessing,
  setAssessing,
  onDraftChange,
  complete,
  fail,
  checkIn = false,
}: ProfileViewProps) {
  const checkIns = useCheckIns(fail);
  if (!state) return <p className="muted">{t('dashLoading')}</p>;
  if (assessing)
    return (
      <section className="panel assessment-panel">
        <Assessment
          draft={state.draft}
          onDraftChange={onDraftChange}
          onCancel={() => setAssessing(false)}
          onComplete={(answers) => {
            complete(answers).then(() => setAssessing(false), fail);
          }}
        />
      </section>
    );
  if (!state.latest)
    return (
      <section className="panel intro">
        <p>{t('dashIntro')}</p>
        <button type="button" className="primary" onClick={() => setAssessing(true)}>
          {t(state.resumed ? 'profileContinue' : 'profileTake')}
        </button>
      </section>
    );
  return (
    <div className="profile-grid">
      <section className="panel">
        <ProfileResultView
          snapshot={state.latest}
          coaching={coachingFor(state.latest, state.history.at(-2))}
          onRetake={() => setAssessing(true)}
        />
      </section>
      <div className="profile-side">
        <section className="panel">
          <CheckIn
            every={checkIns.every}
            next={checkIns.next}
            reminderNotice={checkIns.reminderNotice}
            onEveryChange={checkIns.changeEvery}
            onSave={checkIns.save}
            autoFocus={checkIn}
          />
        </section>
        <section className="panel" aria-labelledby="over-time">
          <h3 id="over-time">{t('dashOverTime')}</h3>
          <HistoryChart snapshots={state.history} />
          <HistoryList snapshots={state.history} checkIns={checkIns.checkIns} />
        </section>
      </div>
    </div>
  );
}
