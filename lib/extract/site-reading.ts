import type { PagePosting } from '../model/posting';
import type { SiteReader } from './adapters/types';
import { readMainContent } from './main-content';
import { readParts, readSite, type SitePosting } from './site-reader';

/**
 * What a site adds to its pages' structured data: its reader's view of the
 * posting, and the reader for pages without structured data. The job-site
 * content script gets one per site from that site's own small script
 * (entrypoints/site-reader.ts), so each page carries only its site's reader.
 */
export interface SiteReading {
  /** The site reader's view of the posting, if it finds one. */
  read(doc: Document, url: URL): SitePosting | undefined;
  /** The site shows the posting in a pane beside a list, where structured data can be left over from the one shown before. */
  pane: boolean;
  /** The reader for pages without structured data. */
  main(doc: Document, href: string): PagePosting | undefined;
}

export function siteReading(reader: SiteReader | undefined): SiteReading {
  return {
    read: (doc, url) => (reader ? readSite(doc, url, reader) : undefined),
    pane: Boolean(reader?.pane),
    // On a job board the site's own name is never the company's; its reader may still know the title and company.
    main: (doc, href) => {
      const found = readMainContent(doc, href, Boolean(reader), reader?.titleNoise);
      if (!found || !reader) return found;
      const parts = readParts(doc, reader);
      return { ...found, title: parts.title || found.title, company: parts.company || found.company };
    },
  };
}

/** Where the content script finds the site's reading: a symbol, which no element id on the page can shadow. */
export const SITE_READING = Symbol.for('crossroads.site-reading');
