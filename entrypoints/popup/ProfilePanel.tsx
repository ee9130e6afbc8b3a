import { Assessment } from '@/components/assessment/Assessment';
import { ProfileResultView } from '@/components/profile/ProfileResultView';
import { useProfile } from '@/hooks/useProfile';
import { coachingFor } from '@/lib/assess/coaching';
import { t } from '@/lib/i18n/t';
import { openDashboard } from '@/lib/messages/channel';

export interface ProfilePanelProps {
  assessing: boolean;
  setAssessing: (on: boolean) => void;
}

/** The popup's short profile summary, or the assessment itself when the user takes it. */
export function ProfilePanel({ assessing, setAssessing }: ProfilePanelProps) {
  const { state, error, onDraftChange, complete, fail } = useProfile();
  if (!state) return <p className="muted">{t('profileLoading')}</p>;
  if (assessing) {
    return (
      <Assessment
        draft={state.draft}
        onDraftChange={onDraftChange}
        onCancel={() => setAssessing(false)}
        onComplete={(answers) => {
          // Fits follow the new profile by themselves: the postings are read live.
          complete(answers).then(() => setAssessing(false), fail);
        }}
      />
    );
  }
  return (
    <section aria-labelledby="profile-heading" className="popup-profile">
      <h2 id="profile-heading">{t('profileYours')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {state.latest ? (
        <ProfileResultView snapshot={state.latest} coaching={coachingFor(state.latest, state.history.at(-2))} compact />
      ) : (
        <p className="muted">{t('profileInvite')}</p>
      )}
      <div className="row">
        <button type="button" className={state.latest && !state.resumed ? '' : 'primary'} onClick={() => setAssessing(true)}>
          {t(state.resumed ? 'profileContinue' : state.latest ? 'profileRetake' : 'profileTake')}
        </button>
        {state.latest && (
          <button type="button" className="link-button" onClick={() => void openDashboard('#profile')}>
            {t('profileSeeAll')}
          </button>
        )}
      </div>
    </section>
  );
}
