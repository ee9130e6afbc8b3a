import type { PagePosting } from '../model/posting';
import { indeedAdapter } from './adapters/indeed';
import { linkedinAdapter } from './adapters/linkedin';
import type { SiteAdapter } from './adapters/types';
import { extractJsonLd } from './json-ld';
import { extractMicrodata } from './microdata';

export const ADAPTERS: SiteAdapter[] = [linkedinAdapter, indeedAdapter];

type Reader = (doc: Document, url: URL) => PagePosting[];

/**
 * The page's postings as it holds them, from the best source it has: JSON-LD,
 * then microdata, then the site's adapter. This is all the content script
 * does with a page; the text is cleaned in the background. Never throws into
 * the page: a reader that fails is skipped and the next one is tried.
 */
export function readPage(doc: Document, href: string): PagePosting[] {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  const readers: Reader[] = [
    (d) => extractJsonLd(d, href),
    (d) => extractMicrodata(d, href),
    ...ADAPTERS.filter((a) => a.matches(url)).map((a) => a.extract),
  ];
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
