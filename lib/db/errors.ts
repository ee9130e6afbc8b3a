import { t } from '../i18n/t';
/** A failure the user can act on, with a message in plain words. */
export class StorageError extends Error {
  override name = 'StorageError';
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const inner = (e as { inner?: unknown }).inner;
  return e.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}

/** Runs a write; a full disk becomes a message the user understands, and nothing stored is lost. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) {
      throw new StorageError(t('errorStorageFull'));
    }
    throw e;
  }
}
