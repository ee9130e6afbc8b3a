import { t } from '../i18n/t';
import { checkInSchema } from '../model/check-in';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  exportFileSchema,
  exportFileV1Schema,
  type ImportSummary,
  importedRowSchema,
  nothingImported,
  type UnreadableRow,
} from '../model/export-file';
import { IMPORT_CLOCK_SKEW_MS } from '../model/limits';
import { type ProfileSnapshot, profileSnapshotSchema } from '../model/profile';
import { type StoredPosting, storedPostingSchema } from '../model/saved-posting';
import type { z } from '../model/zod';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { fromLegacyRow } from './legacy-rows';
import { mergeImported } from './merge';
import { restoredFirst, restoreUnreadable } from './restore-unreadable';
import { type UserFields, userFieldsOf } from './user-fields';

/** A file the user chose that cannot be imported, with the reason in plain words. */
export class ImportError extends Error {
  override name = 'ImportError';
}

function describe(issues: z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length > 0 ? `${i.path.join(' › ')}: ` : ''}${i.message}`);
  return `${shown.join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : ''}`;
}

/**
 * Everything stored, in one file: every posting with its description, every
 * profile, and every row this version cannot read, as it is, flagged, so an
 * export never silently leaves something behind.
 */
export async function exportAll(db: CrossroadsDb, now = new Date()): Promise<ExportFile> {
  // One read transaction: a sighting written between two reads would leave a description without its posting.
  const [rows, descriptions, profileRows, checkInRows] = await db.transaction(
    'r',
    [db.postings, db.descriptions, db.profiles, db.checkIns],
    () =>
      Promise.all([
        db.postings.toArray(),
        db.descriptions.toArray(),
        db.profiles.orderBy('createdAt').toArray(),
        db.checkIns.orderBy('createdAt').toArray(),
      ]),
  );
  const texts = new Map(descriptions.map((d) => [d.id, d.text]));
  const unreadable: UnreadableRow[] = [];
  const postings: ExportFile['postings'] = [];
  for (const raw of rows as unknown[]) {
    const parsed = storedPostingSchema.safeParse(raw);
    if (!parsed.success) {
      unreadable.push({ table: 'postings', reason: describe(parsed.error.issues), row: raw });
      continue;
    }
    const row = parsed.data;
    postings.push({ ...row, posting: { ...row.posting, description: texts.get(row.id) ?? '' } });
    texts.delete(row.id);
  }
  for (const [id, text] of texts) {
    if (!rows.some((r) => (r as { id?: unknown }).id === id)) {
      unreadable.push({ table: 'descriptions', reason: 'no posting', row: { id, text } });
    }
  }
  const profiles: ProfileSnapshot[] = [];
  for (const raw of profileRows as unknown[]) {
    const parsed = profileSnapshotSchema.safeParse(raw);
    if (parsed.success) {
      const { id: _id, ...profile } = parsed.data;
      profiles.push(profile);
    } else unreadable.push({ table: 'profiles', reason: describe(parsed.error.issues), row: raw });
  }
  const checkIns: ExportFile['checkIns'] = [];
  for (const raw of checkInRows as unknown[]) {
    const parsed = checkInSchema.safeParse(raw);
    if (parsed.success) {
      const { id: _id, ...checkIn } = parsed.data;
      checkIns.push(checkIn);
    } else unreadable.push({ table: 'checkIns', reason: describe(parsed.error.issues), row: raw });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profiles,
    checkIns,
    postings,
    unreadable,
  };
}

/** An export read and brought to today's shape, whichever version wrote it. */
export interface ImportPlan {
  profiles: ProfileSnapshot[];
  checkIns: ExportFile['checkIns'];
  postings: Array<{ row: FileRow; description: string }>;
  /** Rows the exporting version could not read, as it wrote them: restored where their key is free. */
  unreadable: UnreadableRow[];
  /** Version 1 rows that could not be keyed by their site: nothing to store them under. */
  unkeyable: number;
}

function fromV2(file: ExportFile): ImportPlan {
  return {
    profiles: file.profiles,
    checkIns: file.checkIns,
    postings: file.postings.map(({ posting: { description, ...summary }, ...row }) => ({
      row: { ...row, posting: summary },
      description,
    })),
    unreadable: file.unreadable,
    unkeyable: 0,
  };
}

function fromV1(file: z.infer<typeof exportFileV1Schema>): ImportPlan {
  const plan: ImportPlan = { profiles: file.profiles, checkIns: [], postings: [], unreadable: [], unkeyable: 0 };
  for (const legacy of file.postings) {
    const converted = fromLegacyRow(legacy);
    const parsed = converted && importedRowSchema.safeParse(converted.row);
    if (converted && parsed?.success) plan.postings.push({ row: parsed.data, description: converted.description });
    else plan.unkeyable++;
  }
  return plan;
}

/** Reads an export file's text; throws ImportError saying what is wrong. Touches nothing. */
export function parseExport(text: string): ImportPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportError(t('errorImportNotJson'));
  }
  const head = value as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    throw new ImportError(t('errorImportNotExport'));
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    throw new ImportError(t('errorImportNewer'));
  }
  const parsed = head.version === 1 ? exportFileV1Schema.safeParse(value) : exportFileSchema.safeParse(value);
  if (!parsed.success) throw new ImportError(t('errorImportDamaged', describe(parsed.error.issues)));
  return parsed.data.version === 1 ? fromV1(parsed.data) : fromV2(parsed.data);
}

/** A local row the schema cannot read, as the merge sees it: the file's posting with the user fields it held here. */
function localFrom(fields: UserFields | undefined, incoming: StoredPosting): StoredPosting | undefined {
  if (!fields) return undefined;
  return { ...incoming, ...fields, updatedAt: Math.max(fields.seenAt, fields.editedAt) };
}

const datesOf = (r: StoredPosting) => [r.firstSeenAt, r.seenAt, r.editedAt, r.updatedAt];

/** A file's row, its dates checked by the import (importedRowSchema leaves them open). */
type FileRow = z.infer<typeof importedRowSchema>;

/**
 * Merges an export into what is stored, in one transaction: profiles not
 * already held are added; each posting is added, merged (lib/db/merge.ts) or
 * left as it is, and one whose newer local edits differ is reported as a
 * conflict, never overwritten. Anything dated after now (beyond a day of
 * clock difference) is refused. Rows the export flagged as unreadable go
 * back as they were where their key is free (restore-unreadable.ts); the
 * summary counts those it could not put back, and why. Either all of it
 * lands or none of it does.
 */
export async function importExport(db: CrossroadsDb, plan: ImportPlan, now = Date.now()): Promise<ImportSummary> {
  const latest = now + IMPORT_CLOCK_SKEW_MS;
  const summary: ImportSummary = { ...nothingImported(), unreadableNoKey: plan.unkeyable };
  const restored = { restored: 0, keyHeld: 0, noKey: 0 };
  return guardWrite(() =>
    db.transaction('rw', [db.profiles, db.checkIns, db.postings, db.descriptions], async () => {
      const held = new Set((await db.profiles.toArray()).map((p) => p.createdAt));
      const heldCheckIns = new Set((await db.checkIns.toArray()).map((c) => c.createdAt));
      await restoreUnreadable(db, plan.unreadable.filter(restoredFirst), restored);
      const fresh: ProfileSnapshot[] = [];
      for (const { id: _id, ...profile } of plan.profiles) {
        if (profile.createdAt > latest) summary.refusedProfiles++;
        else if (held.has(profile.createdAt)) summary.profilesHeld++;
        else {
          held.add(profile.createdAt);
          fresh.push(profile);
        }
      }
      await db.profiles.bulkAdd(fresh);
      summary.profilesAdded = fresh.length;

      // Check-ins as profiles: one held at the same moment is the same one; one from the future is refused.
      const freshCheckIns = plan.checkIns.filter((c) => {
        if (c.createdAt > latest) {
          summary.refusedCheckIns++;
          return false;
        }
        if (heldCheckIns.has(c.createdAt)) return false;
        heldCheckIns.add(c.createdAt);
        return true;
      });
      await db.checkIns.bulkAdd(freshCheckIns);
      summary.checkInsAdded = freshCheckIns.length;

      const incoming = plan.postings.filter(({ row }) => {
        if (datesOf(row).every((d) => d <= latest)) return true;
        summary.refused.push(row.posting.title);
        return false;
      });
      const stored = await db.postings.bulkGet(incoming.map((p) => p.row.id));
      const current = new Map<string, StoredPosting>();
      // Local rows today's schema cannot read: their user fields, merged as a local row's would be.
      const unreadableHere = new Map<string, UserFields>();
      stored.forEach((raw, i) => {
        const parsed = storedPostingSchema.safeParse(raw);
        const id = incoming[i]?.row.id;
        if (parsed.success) current.set(parsed.data.id, parsed.data);
        else if (id !== undefined && raw !== undefined) {
          const fields = userFieldsOf(raw, now);
          if (fields) unreadableHere.set(id, fields);
        }
      });
      const changed = new Map<string, StoredPosting>();
      const descriptions = new Map<string, string>();
      for (const { row, description } of incoming) {
        const local = current.get(row.id) ?? localFrom(unreadableHere.get(row.id), row);
        const merged = mergeImported(local, row);
        // An unreadable local row is replaced by a readable one holding its user fields, even when nothing else changed.
        const outcome = merged.outcome === 'unchanged' && !current.has(row.id) ? 'merged' : merged.outcome;
        if (outcome === 'conflict') summary.conflicts.push(row.posting.title);
        else summary[outcome]++;
        if (outcome === 'unchanged') continue;
        current.set(row.id, merged.row);
        changed.set(row.id, merged.row);
        if (merged.takeDescription || !(await db.descriptions.get(row.id))) descriptions.set(row.id, description);
      }
      await db.postings.bulkPut([...changed.values()]);
      await db.descriptions.bulkPut([...descriptions].map(([id, text]) => ({ id, text })));
      // After the file's readable postings: a row nobody can read never takes a readable one's key.
      await restoreUnreadable(
        db,
        plan.unreadable.filter((r) => !restoredFirst(r)),
        restored,
      );
      summary.unreadableRestored = restored.restored;
      summary.unreadableKeyHeld = restored.keyHeld;
      summary.unreadableNoKey += restored.noKey;
      return summary;
    }),
  );
}

/** Deletes every profile, check-in, posting and setting. The UI asks for confirmation first. */
export async function deleteEverything(db: CrossroadsDb): Promise<void> {
  await db.transaction('rw', [db.profiles, db.checkIns, db.postings, db.descriptions, db.settings], async () => {
    await Promise.all([
      db.profiles.clear(),
      db.checkIns.clear(),
      db.postings.clear(),
      db.descriptions.clear(),
      db.settings.clear(),
    ]);
  });
}
