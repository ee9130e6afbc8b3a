import { db } from '@/lib/db/database';
import { latestProfile } from '@/lib/db/profiles';
import { withFits } from '@/lib/fit/records';
import type { PostingRecord, StoredPosting } from '@/lib/model/saved-posting';
import { useLive } from './useLive';

/**
 * Stored postings from an index query with their fit against the latest
 * profile, kept current: an import, a delete, a save in another page or a
 * new profile shows without a reload. Undefined until the first answer.
 */
export function useLivePostings(
  key: string,
  query: () => Promise<StoredPosting[]>,
  onError: (e: unknown) => void,
): PostingRecord[] | undefined {
  return useLive(
    key,
    async () => {
      const [rows, profile] = await Promise.all([query(), latestProfile(db())]);
      return withFits(rows, profile);
    },
    onError,
  );
}
