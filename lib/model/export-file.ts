import { checkInSchema } from './check-in';
import { classificationSchema } from './classification';
import { postingSchema } from './posting';
import { profileSnapshotSchema } from './profile';
import { postingStatusSchema, storedPostingSchema } from './saved-posting';
import { z } from './zod';

export const EXPORT_FORMAT = 'crossroads-export';
/**
 * 2: postings keyed by site, with first/last seen and edit dates, no stored fit, unreadable rows flagged.
 * 3: the classifier's evidence and reasons as message keys with the rule that found them. A version 2
 * file reads through the same schema: its English sentences are kept word for word (lib/model/classification.ts).
 * 4: the periodic check-ins (their notes, in the user's own words); a demand dimension may be null, "not stated".
 * Files of versions 2 and 3 read through the same schema, with no check-ins.
 */
export const EXPORT_VERSION = 4;

/**
 * Any date a file may hold: whether it is in range (not after the import,
 * give or take a day) is decided per entry by the import, which refuses the
 * entry and names it rather than refusing the whole file.
 */
const fileTime = z.number().int().nonnegative();

/** A stored row as a file holds it, its dates not yet checked. */
export const importedRowSchema = storedPostingSchema.extend({
  firstSeenAt: fileTime,
  seenAt: fileTime,
  editedAt: fileTime,
  updatedAt: fileTime,
});

/** A posting as exported: the stored row with its description back inside the posting. */
export const exportedPostingSchema = importedRowSchema.extend({ posting: postingSchema });
export type ExportedPosting = z.infer<typeof exportedPostingSchema>;

/** A stored row the exporting version could not read, written as it was so nothing is left behind. */
export const unreadableRowSchema = z.object({
  table: z.string().max(40),
  reason: z.string().max(1000),
  row: z.unknown(),
});
export type UnreadableRow = z.infer<typeof unreadableRowSchema>;

/** One file holding everything a user keeps: profiles (with answers and reflections), check-ins and postings (with notes). */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(2), z.literal(3), z.literal(EXPORT_VERSION)]),
  exportedAt: z.string().max(40),
  profiles: z.array(profileSnapshotSchema).max(10_000),
  checkIns: z
    .array(checkInSchema.omit({ id: true }))
    .max(100_000)
    .default([]),
  postings: z.array(exportedPostingSchema).max(200_000),
  unreadable: z.array(unreadableRowSchema).max(200_000).default([]),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Export version 1 (builds before 0.3): postings keyed by the page's bare identifier, each with a stored fit. */
export const exportFileV1Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  profiles: z.array(profileSnapshotSchema).max(10_000),
  postings: z
    .array(
      z.object({
        id: z.string().min(1).max(400),
        posting: postingSchema,
        classification: classificationSchema,
        status: postingStatusSchema,
        notes: z.string().max(20_000).default(''),
        fit: z.unknown().optional(),
        firstSeenAt: z.number().int().nonnegative(),
        updatedAt: z.number().int().nonnegative(),
      }),
    )
    .max(100_000),
});

/** What an import did, for the user to read. */
export interface ImportSummary {
  profilesAdded: number;
  profilesHeld: number;
  /** Check-ins added (one already held, by its date, is not added twice; one dated after the import is refused). */
  checkInsAdded: number;
  refusedCheckIns: number;
  /** Profiles refused for a date out of range. */
  refusedProfiles: number;
  added: number;
  merged: number;
  unchanged: number;
  /** Titles of postings whose newer local edits were kept over the file's. */
  conflicts: string[];
  /** Titles of entries refused for a date out of range (in the future, say). */
  refused: string[];
  /** Rows the exporting version could not read (flagged in the file), put back as they were under a key free here. */
  unreadableRestored: number;
  /** Such rows not put back: a row here already holds their key (and differs). */
  unreadableKeyHeld: number;
  /** Such rows not put back: no key to store them under (or no table of ours). */
  unreadableNoKey: number;
}

/** A summary of an import that has done nothing yet: every count at zero. */
export function nothingImported(): ImportSummary {
  return {
    profilesAdded: 0,
    profilesHeld: 0,
    checkInsAdded: 0,
    refusedCheckIns: 0,
    refusedProfiles: 0,
    added: 0,
    merged: 0,
    unchanged: 0,
    conflicts: [],
    refused: [],
    unreadableRestored: 0,
    unreadableKeyHeld: 0,
    unreadableNoKey: 0,
  };
}
