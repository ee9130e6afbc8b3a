import { profileSnapshotSchema } from './profile';
import { postingRecordSchema } from './saved-posting';
import { z } from './zod';

export const EXPORT_FORMAT = 'crossroads-export';
export const EXPORT_VERSION = 1;

/** One file holding everything a user keeps: profiles (with answers and reflections) and postings (with notes). */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  profiles: z.array(profileSnapshotSchema).max(10_000),
  postings: z.array(postingRecordSchema).max(100_000),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
