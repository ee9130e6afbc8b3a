import { type Answers, answersSchema, type ProfileSnapshot } from '../model/profile';
import type { Draft } from '../model/settings';
import type { CrossroadsDb } from './database';
import { saveProfile } from './profiles';
import { clearSetting, getSetting, setSetting } from './settings';

export function emptyDraft(): Draft {
  return { answers: answersSchema.parse({}), step: 0, updatedAt: 0 };
}

/** The assessment in progress, or a fresh one. */
export async function loadDraft(db: CrossroadsDb): Promise<{ draft: Draft; resumed: boolean }> {
  const stored = await getSetting(db, 'assessmentDraft');
  return stored ? { draft: stored, resumed: true } : { draft: emptyDraft(), resumed: false };
}

export function saveDraft(db: CrossroadsDb, draft: Draft): Promise<void> {
  return setSetting(db, 'assessmentDraft', draft);
}

/** Keeps the completed assessment as a new snapshot and clears the draft. */
export async function completeAssessment(db: CrossroadsDb, answers: Answers): Promise<ProfileSnapshot> {
  const snapshot = await saveProfile(db, answers);
  await clearSetting(db, 'assessmentDraft');
  return snapshot;
}
