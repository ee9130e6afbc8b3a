import type { PagePosting, Posting } from '../model/posting';
import { stripBidiControls } from '../model/text';
import { cleanCompany } from './company-name';
import { htmlToText } from './html-text';
import { repairMojibake } from './mojibake';
import { postingId } from './posting-id';

/** Stated in the text when the structured data says nothing about it. */
const REMOTE = /\b(fully remote|100% remote|remote[- ]first|work from anywhere)\b/i;
const SHORT_DESCRIPTION = 200;

/** Plain text, even when a site put markup or entities in it, without bidi controls that would reorder what follows. */
const text = (s: string) => stripBidiControls(repairMojibake(htmlToText(s)));
/**
 * One line of it, for a name or a place: any tag left after decoding
 * (`Director <img src=x onerror=…>`) goes too. It is never rendered as
 * markup, but it is not the posting's words.
 */
const line = (s: string) =>
  text(s)
    .replace(/<\/?[a-z][^>]*>?/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A posting as the page had it (lib/extract/read-page.ts) made into plain
 * text: the background does this for content scripts, the CLI for files.
 * Null when nothing of its title is left. The id is the posting's own, or
 * derived from URL and title; the background scopes it by the sender's site
 * before storing (lib/model/posting-key.ts).
 */
export function normalizePosting(page: PagePosting): Posting | null {
  const title = line(page.title);
  if (!title) return null;
  const description = text(page.description);
  const id = line(page.id) || postingId(page.url, title);
  return {
    ...page,
    id,
    title,
    company: cleanCompany(line(page.company), { heuristic: page.source === 'heuristic' }),
    locations: page.locations.map(line).filter(Boolean),
    employmentType: line(page.employmentType),
    datePosted: line(page.datePosted),
    salary: line(page.salary),
    remote: page.remote || REMOTE.test(description.slice(0, 4000)),
    description,
    // Too little text to be sure this is a posting, or to classify it well.
    confidence: description.length > SHORT_DESCRIPTION ? page.confidence : page.confidence * 0.7,
  };
}
