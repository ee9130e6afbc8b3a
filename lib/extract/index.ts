import type { Posting } from '../model/posting';
import { normalizePosting } from './normalize';
import { readPage } from './read-page';

/**
 * The page's postings as plain text, in one step: what the browser does in
 * two (the content script reads the page, the background normalizes), for
 * the CLI, the bench and tests.
 */
export function extractPostings(doc: Document, href: string): Posting[] {
  return readPage(doc, href)
    .map(normalizePosting)
    .filter((p): p is Posting => p !== null);
}
