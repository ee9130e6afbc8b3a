import type { Posting } from '../model/posting';
import { extractJsonLd } from './json-ld';

/**
 * The page's postings, best source first. Never throws into the page: a
 * reader that fails is skipped and the next one is tried.
 */
export function extractPostings(doc: Document, url: string): Posting[] {
  const readers = [extractJsonLd];
  for (const read of readers) {
    try {
      const found = read(doc, url);
      if (found.length > 0) return found;
    } catch {
      // A broken page must not break the next reader.
    }
  }
  return [];
}
