import type { ProfileSnapshot } from '../model/profile';
import type { PostingRecord, StoredPosting } from '../model/saved-posting';
import { questionsFor } from './questions';
import { fitOf } from './score';

/**
 * Stored postings with their fit against the latest profile and the
 * questions to ask the employer, as views show them. Fit is computed when shown, never stored: a new profile needs no
 * write to every row, and a fit is never older than the profile it names.
 */
export function withFits(rows: StoredPosting[], profile: ProfileSnapshot | undefined): PostingRecord[] {
  return rows.map((row) => ({
    ...row,
    fit: profile ? fitOf(row.classification, profile) : null,
    questions: questionsFor(row.classification, profile?.result),
  }));
}
