import type { StoredPosting } from '../model/saved-posting';

export interface PendingPosting {
  row: StoredPosting;
  description: string;
}

/**
 * Postings classified but not stored because their site was over its limit
 * of new rows: held here, the newest few, so the user's Save still stores
 * one. Memory only: the service worker may sleep, and then the page has to
 * report the posting again.
 */
export interface PendingPostings {
  put(posting: PendingPosting): void;
  take(id: string): PendingPosting | undefined;
}

export function pendingPostings(capacity = 100): PendingPostings {
  const held = new Map<string, PendingPosting>();
  return {
    put(posting) {
      held.delete(posting.row.id);
      held.set(posting.row.id, posting);
      for (const oldest of held.keys()) {
        if (held.size <= capacity) break;
        held.delete(oldest);
      }
    },
    take(id) {
      const posting = held.get(id);
      held.delete(id);
      return posting;
    },
  };
}
