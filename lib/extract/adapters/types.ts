import type { PagePosting } from '../../model/posting';

/** A reader for one site whose pages carry no structured data. */
export interface SiteAdapter {
  name: string;
  /** Whether this adapter knows the page at this URL. */
  matches(url: URL): boolean;
  extract(doc: Document, url: URL): PagePosting[];
}
