import type { PagePosting } from '../../model/posting';

/**
 * What one site's reader knows about its pages, as data: which pages hold a
 * posting and which anchors hold its parts. Selectors are '|'-separated
 * alternatives in order of preference; stable anchors (ids, data attributes,
 * ARIA roles, headings) come first and generated class names last, when at all.
 * lib/extract/site-reader.ts reads a page with it.
 */
export interface SiteReader {
  name: string;
  /** The hosts this reader knows, tested on the host name. */
  host: RegExp;
  /** Posting pages on those hosts, tested on path and query: other pages (listings, account pages) hold no posting. */
  page?: RegExp;
  /** The posting's id on the site: the first group of this pattern on path and query. */
  id?: RegExp;
  /** The posting's own address, `{id}` and `{host}` filled in, when the page is a list with the posting beside it. */
  link?: string;
  /** The pane of the selected posting on pages that list others beside it: every part is read inside it. */
  pane?: string;
  title?: string;
  company?: string;
  location?: string;
  salary?: string;
  /** Every element of the first alternative that matches, in page order (a posting split into sections). */
  description?: string;
  /** Inside the description, what is not the employer's: the site's fit teasers, summaries it labels as generated, buttons. */
  drop?: string;
  /** What this site adds to titles ("- job post"). */
  titleNoise?: RegExp;
  /** The document title's shape, for title (group t) and company (group c) when the page shows them nowhere else. */
  docTitle?: RegExp;
  /** The posting in the app state the page embeds for its scripts (Greenhouse's Remix context, Ashby's app data). */
  state?: (doc: Document) => Partial<PagePosting> | undefined;
}
