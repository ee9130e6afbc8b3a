import { useCallback, useEffect, useState } from 'react';
import { Assessment } from '@/components/assessment/Assessment';
import { DataControls } from '@/components/data/DataControls';
import { HistoryChart } from '@/components/profile/HistoryChart';
import { ProfileResultView } from '@/components/profile/ProfileResultView';
import { useLive } from '@/hooks/useLive';
import { useProfile } from '@/hooks/useProfile';
import { coachingFor } from '@/lib/assess/coaching';
import { toSyncPayload } from '@/lib/assess/sync';
import { deleteEverything, exportAll, importExport, parseExport } from '@/lib/db/backup';
import { db } from '@/lib/db/database';
import { applyRetention, deleteSeenBefore, retentionPolicy } from '@/lib/db/retention';
import { getSetting, setSetting } from '@/lib/db/settings';
import { t } from '@/lib/i18n/t';
import { clearSyncedProfile, writeSyncedProfile } from '@/lib/messages/channel';
import type { Retention } from '@/lib/model/settings';
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
  const sync = useLive('sync', () => getSetting(db(), 'syncProfile'), fail) ?? false;
  const persisted = useLive('persisted', () => getSetting(db(), 'persisted'), fail);
  const retention = useLive('retention', () => retentionPolicy(db()), fail);
  const [usage, setUsage] = useState<number | undefined>(undefined);
  const measureUsage = useCallback(() => {
    navigator.storage?.estimate?.().then(
      (e) => setUsage(e.usage),
      () => undefined,
    );
  }, []);
  useEffect(measureUsage, [measureUsage]);

  const changeSync = (on: boolean) => {
    setSetting(db(), 'syncProfile', on)
      .then(async () => {
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
          <SavedPostings profile={state?.latest?.result} onError={fail} />
        </section>
        <section id="data" aria-labelledby="data-title" className="panel">
          <h2 id="data-title">{t('dashData')}</h2>
          <DataControls
            persisted={persisted}
            usage={usage}
            syncEnabled={sync}
            onSyncChange={changeSync}
            onExport={async () => {
              const file = await exportAll(db());
              download(`crossroads-export-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
            }}
            onImport={async (text) => {
              // For `npm run bench`: an import's postings showing again is the refit.
              performance.mark('crossroads:import-start');
              // Every view reads live, so the postings, profile and fits show what the file brought.
              const summary = await importExport(db(), parseExport(text));
              measureUsage();
              return summary;
            }}
            onDeleteAll={async () => {
              await deleteEverything(db());
              await clearSyncedProfile().catch(() => undefined);
              await reload();
              measureUsage();
            }}
            retention={retention}
            onRetentionChange={async (next: Retention) => {
              await setSetting(db(), 'retention', next);
              const deleted = await applyRetention(db(), next);
              measureUsage();
              return deleted;
            }}
            onForgetSeenBefore={async (before) => {
              const deleted = await deleteSeenBefore(db(), before);
              measureUsage();
              return deleted;
            }}
          />
        </section>
      </main>
    </div>
  );
}
