import type { Posting } from '../model/posting';
import { normalizePosting } from './normalize';
import { readPage } from './read-page';
import { siteFor } from './sites';

/**
 * The page's postings as plain text, in one step: what the browser does in
 * two (the content script reads the page with its site's reader, the
 * background normalizes), for the CLI, the bench and tests. analyze: as
 * "Analyze this page" reads it, on any site.
 */
export function extractPostings(doc: Document, href: string, options: { analyze?: boolean } = {}): Posting[] {
  let hostname = '';
  try {
    hostname = new URL(href).hostname;
  } catch {
    return [];
  }
  return readPage(doc, href, { site: siteFor(hostname, options.analyze) })
    .map(normalizePosting)
    .filter((p): p is Posting => p !== null);
}
