import { useCallback, useEffect, useState } from 'react';
import { DataControls } from '@/components/data/DataControls';
import { EverySiteToggle } from '@/components/EverySiteToggle';
import { useLive } from '@/hooks/useLive';
import type { ProfileState } from '@/hooks/useProfile';
import { toSyncPayload } from '@/lib/assess/sync';
import { deleteEverything, exportAll, importExport, parseExport } from '@/lib/db/backup';
import { db } from '@/lib/db/database';
import { applyRetention, deleteSeenBefore, retentionPolicy } from '@/lib/db/retention';
import { getSetting, setSetting } from '@/lib/db/settings';
import { t } from '@/lib/i18n/t';
import {
  clearSyncedProfile,
  dropEverySiteAccess,
  hasEverySiteAccess,
  requestEverySiteAccess,
  writeSyncedProfile,
} from '@/lib/messages/channel';
import { dropCheckInPermissions, scheduleCheckIn } from '@/lib/messages/check-in-reminder';
import type { Retention } from '@/lib/model/settings';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface SettingsViewProps {
  profile: ProfileState | null;
  reload: () => Promise<void>;
  fail: (e: unknown) => void;
}

/** Settings and the user's data: where Crossroads looks, export, import, retention, sync and delete. */
export function SettingsView({ profile, reload, fail }: SettingsViewProps) {
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

  const [everySite, setEverySite] = useState(false);
  useEffect(() => {
    hasEverySiteAccess().then(setEverySite, () => setEverySite(false));
  }, []);
  const toggleEverySite = (on: boolean) => {
    (on ? requestEverySiteAccess() : dropEverySiteAccess().then(() => false)).then(setEverySite, () => setEverySite(!on));
  };

  const changeSync = (on: boolean) => {
    setSetting(db(), 'syncProfile', on)
      .then(async () => {
        if (!on) await clearSyncedProfile();
        else if (profile?.latest) await writeSyncedProfile(toSyncPayload(profile.latest));
      })
      .catch(fail);
  };

  return (
    <>
      <section className="panel" aria-labelledby="settings-title">
        <h3 id="settings-title">{t('dashWhere')}</h3>
        <EverySiteToggle enabled={everySite} onChange={toggleEverySite} />
      </section>
      <section className="panel" aria-labelledby="your-data-title">
        <h3 id="your-data-title">{t('dashData')}</h3>
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
            // The reminder's setting went with the rest: its alarm and permissions go too, or it would go on reminding.
            await scheduleCheckIn(null).catch(() => undefined);
            await dropCheckInPermissions();
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
    </>
  );
}
