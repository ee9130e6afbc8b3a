import { useCallback, useEffect, useState } from 'react';
import { adoptable, toSyncPayload } from '@/lib/assess/sync';
import { completeAssessment, loadDraft, saveDraft } from '@/lib/db/assessment';
import { db } from '@/lib/db/database';
import { latestProfile, listProfiles, saveProfile } from '@/lib/db/profiles';
import { getSetting, setSetting } from '@/lib/db/settings';
import { watch } from '@/lib/db/watch';
import { readSyncedProfile, writeSyncedProfile } from '@/lib/messages/channel';
import { type Answers, answersSchema, type ProfileSnapshot } from '@/lib/model/profile';
import type { Draft } from '@/lib/model/settings';

export interface ProfileState {
  latest: ProfileSnapshot | undefined;
  history: ProfileSnapshot[];
  draft: Draft;
  resumed: boolean;
}

/** Asks the browser not to evict our data; users of other trackers lose everything on eviction. */
async function askToPersist(): Promise<void> {
  const granted = (await navigator.storage?.persist?.()) ?? false;
  await setSetting(db(), 'persisted', granted);
}

/** Brings in a newer profile taken in another browser, when sync is on. */
async function adoptSynced(): Promise<void> {
  if (!(await getSetting(db(), 'syncProfile'))) return;
  const payload = adoptable(await readSyncedProfile(), await latestProfile(db()));
  if (payload) await saveProfile(db(), answersSchema.parse(payload.answers), payload.createdAt);
}

/**
 * The profile side of the extension pages: the latest result and its
 * history, live (an import or an assessment finished in another page shows
 * at once), and the assessment draft, stored on every answer.
 */
export function useProfile() {
  const [profiles, setProfiles] = useState<Pick<ProfileState, 'latest' | 'history'> | null>(null);
  const [draft, setDraft] = useState<Pick<ProfileState, 'draft' | 'resumed'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  const reload = useCallback(async () => {
    setDraft(await loadDraft(db()));
  }, []);

  useEffect(() => {
    adoptSynced().catch(() => undefined);
    return watch(
      async () => {
        const history = await listProfiles(db());
        return { latest: history[history.length - 1], history };
      },
      setProfiles,
      fail,
    );
  }, [fail]);

  useEffect(() => {
    reload().catch(fail);
  }, [reload, fail]);

  const onDraftChange = useCallback(
    (next: Draft) => {
      saveDraft(db(), next).catch(fail);
    },
    [fail],
  );

  const complete = useCallback(
    async (answers: Answers) => {
      const snapshot = await completeAssessment(db(), answers);
      // Not awaited: Firefox answers persist() only once the user answers its prompt, and the result must not wait for that.
      void askToPersist().catch(() => undefined);
      if (await getSetting(db(), 'syncProfile')) await writeSyncedProfile(toSyncPayload(snapshot)).catch(fail);
      await reload();
      return snapshot;
    },
    [reload, fail],
  );

  const state: ProfileState | null = profiles && draft ? { ...profiles, ...draft } : null;
  return { state, error, reload, onDraftChange, complete, fail };
}
