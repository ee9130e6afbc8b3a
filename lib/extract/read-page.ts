import type { PagePosting } from '../model/posting';
import { plainText } from './dom-text';
import { extractJsonLd } from './json-ld';
import { extractMicrodata } from './microdata';
import type { SitePosting } from './site-reader';
import type { SiteReading } from './site-reading';
import { showsTitle } from './title-anchor';

export interface ReadOptions {
  /** The site's reader and the reader for pages without structured data; without it, structured data only. */
  site?: SiteReading | undefined;
}

/** A reader that fails is skipped: a broken page must not break the next reader, nor the page. */
function attempt<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

const address = (href: string) => href.replace(/[?#].*$/, '').replace(/\/$/, '');
const MAX_LINKS = 3_000;

/**
 * Whether the page lists postings that live elsewhere: it links to the
 * pages of at least two of them (search results that carry a JobPosting for
 * every result). A page holding several postings of its own keeps them all.
 */
function listsOthers(doc: Document, href: string, postings: PagePosting[]): boolean {
  const own = address(href);
  const elsewhere = new Set(postings.map((p) => address(p.url)).filter((a) => a !== own));
  if (elsewhere.size < 2) return false;
  let linked = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    try {
      if (elsewhere.delete(address(new URL(a.getAttribute('href') ?? '', href).href)) && ++linked >= 2) return true;
    } catch {
      // Not an address.
    }
  }
  return false;
}

/**
 * Structured data and the visible posting, the fuller source winning: the
 * visible description when it holds clearly more (Greenhouse's classic
 * JSON-LD holds only the middle of the posting) or when the structured one
 * carries what the site marks as not the employer's (jobs.ch's AI summary).
 */
function merge(data: PagePosting, seen: SitePosting): PagePosting {
  const page = seen.posting;
  const text = plainText(data.description);
  // Compared without spaces: markup and the page's text run words together differently.
  const bare = text.replace(/\s/g, '');
  const pageWins =
    seen.length > text.length * 1.15 + 40 || seen.dropped.some((d) => bare.includes(d.replace(/\s/g, '').slice(0, 36)));
  return {
    ...data,
    id: data.id || page.id,
    title: data.title.trim() ? data.title : page.title,
    company: data.company || page.company,
    locations: data.locations.length > 0 ? data.locations : page.locations,
    salary: data.salary || page.salary,
    remote: data.remote || page.remote,
    description: pageWins ? page.description : data.description,
    source: pageWins ? page.source : data.source,
  };
}

/**
 * The page's postings as it holds them: structured data (JSON-LD, then
 * microdata) merged with what the site's reader sees, then the reader for
 * pages without structured data. A page listing postings whose own pages it
 * links to (search results) gives none, unless it shows one of them selected. This
 * is all the content script does with a page; the text is cleaned in the
 * background. Never throws into the page.
 */
export function readPage(doc: Document, href: string, options: ReadOptions = {}): PagePosting[] {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  const { site } = options;
  let data = attempt(() => extractJsonLd(doc, href), []);
  if (data.length === 0) data = attempt(() => extractMicrodata(doc, href), []);
  const seen = site && attempt(() => site.read(doc, url), undefined);
  if (data.length > 1) {
    // Several postings: the one the site shows selected, else the page's own, else all of them unless it lists others.
    const own = data.filter((p) => address(p.url) === address(href));
    if (seen) data = data.filter((p) => showsTitle(p.title, seen.posting.title)).slice(0, 1);
    else if (own.length === 1) data = own;
    else if (attempt(() => listsOthers(doc, href, data), true)) return [];
    if (data.length === 0) return seen ? [seen.posting] : [];
    if (data.length > 1) return data;
  }
  const [one] = data;
  if (one && seen) {
    // Beside a list, structured data may be left over from the posting shown before: the pane shows what is true.
    if (site?.pane && one.title.trim() && !showsTitle(seen.posting.title, one.title)) return [seen.posting];
    return [merge(one, seen)];
  }
  if (one) return [one];
  if (seen) return [seen.posting];
  const found = site && attempt(() => site.main(doc, href), undefined);
  return found ? [found] : [];
}
