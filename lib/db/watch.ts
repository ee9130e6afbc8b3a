import { liveQuery } from 'dexie';

/**
 * Runs a query now and again whenever a write anywhere in the extension
 * (this page, another open page, the background) touches what it read:
 * Dexie tracks the ranges a query reads and broadcasts commits between the
 * extension's pages and its service worker. Views stay current after an
 * import or a delete without reloading, and a write elsewhere that touches
 * nothing a view shows costs it nothing. Returns the unsubscribe.
 */
export function watch<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (e: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
