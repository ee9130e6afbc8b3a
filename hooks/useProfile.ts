import { useCallback, useEffect, useState } from 'react';
import { adoptable, toSyncPayload } from '@/lib/assess/sync';
import { completeAssessment, loadDraft, saveDraft } from '@/lib/db/assessment';
import { db } from '@/lib/db/database';
import { refitAll } from '@/lib/db/postings';
import { latestProfile, listProfiles, saveProfile } from '@/lib/db/profiles';
import { getSetting, setSetting } from '@/lib/db/settings';
import { fitOf } from '@/lib/fit/score';
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

/** Every stored posting's fit, computed again against the newest profile. */
export async function refitToLatest(): Promise<void> {
  const profile = await latestProfile(db());
  if (profile) await refitAll(db(), (r) => fitOf(r.classification, profile));
}

/** Brings in a newer profile taken in another browser, when sync is on. */
async function adoptSynced(): Promise<void> {
  if (!(await getSetting(db(), 'syncProfile'))) return;
  const payload = adoptable(await readSyncedProfile(), await latestProfile(db()));
  if (payload) {
    await saveProfile(db(), answersSchema.parse(payload.answers), payload.createdAt);
    await refitToLatest();
  }
}

/**
 * The profile side of the extension pages: the latest result, its history,
 * and the assessment draft, stored on every answer.
 */
export function useProfile() {
  const [state, setState] = useState<ProfileState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  const reload = useCallback(async () => {
    await adoptSynced().catch(() => undefined);
    const [latest, history, { draft, resumed }] = await Promise.all([latestProfile(db()), listProfiles(db()), loadDraft(db())]);
    setState({ latest, history, draft, resumed });
  }, []);

  useEffect(() => {
    reload().catch(fail);
  }, [reload, fail]);

  const onDraftChange = useCallback(
    (draft: Draft) => {
      saveDraft(db(), draft).catch(fail);
    },
    [fail],
  );

  const complete = useCallback(
    async (answers: Answers) => {
      const snapshot = await completeAssessment(db(), answers);
      await refitToLatest();
      await askToPersist().catch(() => undefined);
      if (await getSetting(db(), 'syncProfile')) await writeSyncedProfile(toSyncPayload(snapshot)).catch(fail);
      await reload();
      return snapshot;
    },
    [reload, fail],
  );

  return { state, error, reload, onDraftChange, complete, fail };
}
