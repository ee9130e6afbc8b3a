import { checkInEverySchema } from './check-in';
import { RETENTION_BOUNDS } from './limits';
import { answersSchema } from './profile';
import { z } from './zod';

/** The assessment in progress, stored on every answer so closing the popup loses nothing. */
export const draftSchema = z.object({
  answers: answersSchema,
  step: z.number().int().min(0).max(100),
  updatedAt: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof draftSchema>;

/** How long "seen" postings are kept: whichever limit is reached first. Saved ones are kept for ever. */
export const retentionSchema = z.object({
  days: z.number().int().min(RETENTION_BOUNDS.days.min).max(RETENTION_BOUNDS.days.max),
  rows: z.number().int().min(RETENTION_BOUNDS.rows.min).max(RETENTION_BOUNDS.rows.max),
});
export type Retention = z.infer<typeof retentionSchema>;

/** Every setting with its schema: a value is parsed on the way in and out. */
export const settingSchemas = {
  assessmentDraft: draftSchema,
  /** Opt-in: copy the latest profile to the browser's sync storage. */
  syncProfile: z.boolean(),
  /** Whether the browser agreed to keep our data from eviction (navigator.storage.persist). */
  persisted: z.boolean(),
  retention: retentionSchema,
  /** Opt-in: how often to remind the user to check in (a browser alarm and a notification); unset is never. */
  checkInEvery: checkInEverySchema,
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
