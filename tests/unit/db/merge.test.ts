import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { mergeImported } from '@/lib/db/merge';
import type { StoredPosting } from '@/lib/model/saved-posting';
import { storedPosting } from '../helpers';

const { site, description: _d, ...summary } = storedPosting();

function row(over: Partial<StoredPosting>): StoredPosting {
  // Classified when a test runs: the words of the classifier come from the i18n a test sets up.
  const classification = classify({ title: summary.title, description: 'You will manage a team of six engineers.' });
  return {
    id: summary.id,
    site,
    posting: summary,
    classification,
    status: 'seen',
    notes: '',
    firstSeenAt: 100,
    seenAt: 100,
    editedAt: 0,
    updatedAt: 100,
    ...over,
  };
}

describe('merging an imported posting into the one held', () => {
  it('adds what is not held', () => {
    expect(mergeImported(undefined, row({ status: 'applied' }))).toMatchObject({ outcome: 'added', row: { status: 'applied' } });
  });

  it('lets the user’s status and note beat a row that was only seen, however recently', () => {
    const local = row({ seenAt: 9_000, updatedAt: 9_000 });
    const backup = row({ status: 'interviewing', notes: 'Second round', editedAt: 500, seenAt: 400, updatedAt: 500 });
    expect(mergeImported(local, backup)).toMatchObject({
      outcome: 'merged',
      row: { status: 'interviewing', notes: 'Second round', editedAt: 500, seenAt: 9_000, firstSeenAt: 100, updatedAt: 9_000 },
    });
  });

  it('keeps newer local edits and reports the conflict, never overwriting them', () => {
    const local = row({ status: 'offer', notes: 'Offer on Friday', editedAt: 8_000, updatedAt: 8_000 });
    const backup = row({ status: 'applied', notes: 'Applied', editedAt: 2_000, updatedAt: 2_000 });
    expect(mergeImported(local, backup)).toMatchObject({
      outcome: 'conflict',
      row: { status: 'offer', notes: 'Offer on Friday' },
    });
  });

  it('treats setting a posting back to “seen” after the backup as an edit of its own: a conflict, kept', () => {
    const local = row({ status: 'seen', editedAt: 8_000, updatedAt: 8_000 });
    const backup = row({ status: 'saved', editedAt: 2_000, updatedAt: 2_000 });
    expect(mergeImported(local, backup)).toMatchObject({ outcome: 'conflict', row: { status: 'seen' } });
  });

  it('takes the file’s status over a row only ever seen here, even when the file has no edit date', () => {
    const local = row({ seenAt: 9_000, updatedAt: 9_000 });
    const backup = row({ status: 'saved', editedAt: 0 });
    expect(mergeImported(local, backup)).toMatchObject({ outcome: 'merged', row: { status: 'saved' } });
  });

  it('takes the file’s edits when they are newer than the local ones', () => {
    const local = row({ status: 'saved', editedAt: 2_000, updatedAt: 2_000 });
    const backup = row({ status: 'applied', notes: 'Sent CV', editedAt: 5_000, updatedAt: 5_000 });
    expect(mergeImported(local, backup)).toMatchObject({ outcome: 'merged', row: { status: 'applied', notes: 'Sent CV' } });
  });

  it('leaves the user’s status alone when the file only saw the posting, and says nothing changed when nothing did', () => {
    const local = row({ status: 'applied', editedAt: 2_000, updatedAt: 2_000 });
    expect(mergeImported(local, row({}))).toMatchObject({ outcome: 'unchanged', row: { status: 'applied' } });
    expect(mergeImported(local, { ...local })).toMatchObject({ outcome: 'unchanged' });
  });

  it('takes the newer copy of the posting itself, and the earlier first sighting', () => {
    const local = row({ seenAt: 1_000, firstSeenAt: 900 });
    const backup = row({ seenAt: 3_000, firstSeenAt: 50, posting: { ...summary, company: 'Acme Ltd' } });
    const merged = mergeImported(local, backup);
    expect(merged).toMatchObject({ outcome: 'merged', takeDescription: true, row: { firstSeenAt: 50, seenAt: 3_000 } });
    expect(merged.row.posting.company).toBe('Acme Ltd');
  });
});
