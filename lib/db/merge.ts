import { type StoredPosting, userKept } from '../model/saved-posting';

/** What an imported posting did to the one held. */
export type MergeOutcome = 'added' | 'merged' | 'unchanged' | 'conflict';

export interface Merged {
  outcome: MergeOutcome;
  row: StoredPosting;
  /** The imported copy's posting text is the newer one, so its description replaces the held one. */
  takeDescription: boolean;
}

const sameUserData = (a: StoredPosting, b: StoredPosting) => a.status === b.status && a.notes === b.notes;

/**
 * How a restore meets what is already stored. The user's own data (a status
 * beyond "seen", a note) beats a row that was only ever seen here, whatever
 * its dates: viewing a posting again after "Delete everything" must not make
 * a backup lose to it. Between two sets of user edits the newer one wins,
 * except that newer local edits (setting a posting back to "seen" too) are
 * never overwritten: that is a conflict, reported, and the local row stays. Sightings simply combine (first and last seen, the
 * newer copy of the posting).
 */
export function mergeImported(local: StoredPosting | undefined, incoming: StoredPosting): Merged {
  if (!local) return { outcome: 'added', row: incoming, takeDescription: true };
  const newerSighting = incoming.seenAt > local.seenAt;
  const seen = newerSighting ? incoming : local;
  let user: Pick<StoredPosting, 'status' | 'notes' | 'editedAt'> = local;
  let conflict = false;
  if (userKept(incoming) && !sameUserData(local, incoming)) {
    // Never edited here (only seen): the file's edits are all the user's there is.
    if (local.editedAt === 0 || incoming.editedAt > local.editedAt) user = incoming;
    else conflict = true;
  }
  const row: StoredPosting = {
    ...local,
    posting: { ...seen.posting, id: local.id },
    classification: seen.classification,
    status: user.status,
    notes: user.notes,
    editedAt: user.editedAt,
    firstSeenAt: Math.min(local.firstSeenAt, incoming.firstSeenAt),
    seenAt: Math.max(local.seenAt, incoming.seenAt),
    updatedAt: 0,
  };
  row.updatedAt = Math.max(row.seenAt, row.editedAt);
  const changed =
    newerSighting ||
    row.status !== local.status ||
    row.notes !== local.notes ||
    row.firstSeenAt !== local.firstSeenAt ||
    row.editedAt !== local.editedAt;
  return { outcome: conflict ? 'conflict' : changed ? 'merged' : 'unchanged', row, takeDescription: newerSighting };
}
