import { t } from '../i18n/t';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, exportFileSchema } from '../model/export-file';
import type { z } from '../model/zod';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';
import { listProfiles } from './profiles';

/** A file the user chose that cannot be imported, with the reason in plain words. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export async function exportAll(db: CrossroadsDb, now = new Date()): Promise<ExportFile> {
  const postings = (await db.postings.toArray()).filter((p) => exportFileSchema.shape.postings.element.safeParse(p).success);
  const profiles = (await listProfiles(db)).map(({ id: _id, ...p }) => p);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), profiles, postings };
}

function describe(issues: z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length > 0 ? `${i.path.join(' › ')}: ` : ''}${i.message}`);
  return `${shown.join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : ''}`;
}

/** Reads an export file's text; throws ImportError saying what is wrong. Touches nothing. */
export function parseExport(text: string): ExportFile {
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
  const parsed = exportFileSchema.safeParse(value);
  if (!parsed.success) throw new ImportError(t('errorImportDamaged', describe(parsed.error.issues)));
  return parsed.data;
}

export interface ImportSummary {
  profiles: number;
  postings: number;
}

/**
 * Merges a whole export in one transaction: profiles not already held are
 * added, postings are added or replaced by newer copies. Either all of it
 * lands or none of it does.
 */
export async function importExport(db: CrossroadsDb, file: ExportFile): Promise<ImportSummary> {
  return guardWrite(() =>
    db.transaction('rw', db.profiles, db.postings, async () => {
      const held = new Set((await db.profiles.toArray()).map((p) => p.createdAt));
      const newProfiles = file.profiles.filter((p) => !held.has(p.createdAt)).map(({ id: _id, ...p }) => p);
      await db.profiles.bulkAdd(newProfiles);
      const existing = new Map(
        (await db.postings.bulkGet(file.postings.map((p) => p.id))).map((p, i) => [file.postings[i]?.id, p]),
      );
      const newer = file.postings.filter((p) => {
        const current = existing.get(p.id);
        return !current || current.updatedAt <= p.updatedAt;
      });
      await db.postings.bulkPut(newer);
      return { profiles: newProfiles.length, postings: newer.length };
    }),
  );
}

/** Deletes every profile, posting and setting. The UI asks for confirmation first. */
export async function deleteEverything(db: CrossroadsDb): Promise<void> {
  await db.transaction('rw', db.profiles, db.postings, db.settings, async () => {
    await Promise.all([db.profiles.clear(), db.postings.clear(), db.settings.clear()]);
  });
}
