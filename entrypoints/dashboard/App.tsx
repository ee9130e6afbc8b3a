import { useEffect, useState } from 'react';
import { Assessment } from '@/components/assessment/Assessment';
import { DataControls } from '@/components/data/DataControls';
import { HistoryChart } from '@/components/profile/HistoryChart';
import { ProfileResultView } from '@/components/profile/ProfileResultView';
import { refitToLatest, useProfile } from '@/hooks/useProfile';
import { coachingFor } from '@/lib/assess/coaching';
import { toSyncPayload } from '@/lib/assess/sync';
import { deleteEverything, exportAll, importExport, parseExport } from '@/lib/db/backup';
import { db } from '@/lib/db/database';
import { getSetting, setSetting } from '@/lib/db/settings';
import { t } from '@/lib/i18n/t';
import { clearSyncedProfile, writeSyncedProfile } from '@/lib/messages/channel';
import { SavedPostings } from './SavedPostings';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The full extension page: the assessment with room, its result and history, and the user's data. */
export function App() {
  const { state, error, reload, onDraftChange, complete, fail } = useProfile();
  const [assessing, setAssessing] = useState(location.hash === '#assess');
  const [sync, setSync] = useState(false);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    getSetting(db(), 'syncProfile').then((v) => setSync(v ?? false), fail);
    getSetting(db(), 'persisted').then(setPersisted, fail);
  }, [fail]);

  const changeSync = (on: boolean) => {
    setSetting(db(), 'syncProfile', on)
      .then(async () => {
        setSync(on);
        if (!on) await clearSyncedProfile();
        else if (state?.latest) await writeSyncedProfile(toSyncPayload(state.latest));
      })
      .catch(fail);
  };

  return (
    <div className="dashboard">
      <header className="dash-header">
        <h1 className="brand">Crossroads</h1>
        <nav aria-label={t('dashSections')}>
          <a href="#profile">{t('dashProfile')}</a>
          <a href="#postings">{t('dashPostings')}</a>
          <a href="#data">{t('dashData')}</a>
        </nav>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <main>
        <section id="profile" aria-labelledby="profile-title" className="panel">
          <h2 id="profile-title">{t('dashProfile')}</h2>
          {!state ? (
            <p className="muted">{t('dashLoading')}</p>
          ) : assessing ? (
            <Assessment
              draft={state.draft}
              onDraftChange={onDraftChange}
              onCancel={() => setAssessing(false)}
              onComplete={(answers) => {
                complete(answers).then(() => setAssessing(false), fail);
              }}
            />
          ) : state.latest ? (
            <>
              <ProfileResultView
                snapshot={state.latest}
                coaching={coachingFor(state.latest.result, state.latest.answers)}
                onRetake={() => setAssessing(true)}
              />
              <h3>{t('dashOverTime')}</h3>
              <HistoryChart snapshots={state.history} />
            </>
          ) : (
            <>
              <p>{t('dashIntro')}</p>
              <button type="button" className="primary" onClick={() => setAssessing(true)}>
                {t(state.resumed ? 'profileContinue' : 'profileTake')}
              </button>
            </>
          )}
        </section>
        <section id="postings" aria-labelledby="postings-title" className="panel">
          <h2 id="postings-title">{t('dashPostings')}</h2>
          <SavedPostings profile={state?.latest?.result} version={state?.latest?.createdAt ?? 0} onError={fail} />
        </section>
        <section id="data" aria-labelledby="data-title" className="panel">
          <h2 id="data-title">{t('dashData')}</h2>
          <DataControls
            persisted={persisted}
            syncEnabled={sync}
            onSyncChange={changeSync}
            onExport={async () => {
              const file = await exportAll(db());
              download(`crossroads-export-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
            }}
            onImport={async (text) => {
              const summary = await importExport(db(), parseExport(text));
              await refitToLatest();
              await reload();
              const profiles = summary.profiles === 1 ? t('countProfile') : t('countProfiles', summary.profiles);
              const postings = summary.postings === 1 ? t('countPosting') : t('countPostings', summary.postings);
              return t('dataImported', profiles, postings);
            }}
            onDeleteAll={async () => {
              await deleteEverything(db());
              await clearSyncedProfile().catch(() => undefined);
              setSync(false);
              await reload();
            }}
          />
        </section>
      </main>
    </div>
  );
}
