import {
  MAX_DESCRIPTION_CHARS,
  MAX_ID_CHARS,
  MAX_PAGE_DESCRIPTION_CHARS,
  MAX_SHORT_TEXT,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';
import { z } from './zod';

const text = (max: number) => z.string().max(max);

/** A job posting as Crossroads reads it from a page, whatever the page's format. */
export const postingSchema = z.object({
  /** Stable key: the posting's own identifier when it has one, else derived from URL and title. */
  id: text(MAX_ID_CHARS).min(1),
  /** Only web (and, for saved pages, file) addresses: never javascript: or data: links in our views. */
  url: text(MAX_URL_CHARS).regex(/^(?:https?|file):\/\//i, 'must be a web address'),
  title: text(MAX_TITLE_CHARS).min(1),
  company: text(MAX_SHORT_TEXT).default(''),
  locations: z.array(text(MAX_SHORT_TEXT)).max(50).default([]),
  employmentType: text(100).default(''),
  datePosted: text(60).default(''),
  remote: z.boolean().default(false),
  salary: text(MAX_SHORT_TEXT).default(''),
  /** Plain text: paragraphs separated by blank lines, list items on their own lines. */
  description: text(MAX_DESCRIPTION_CHARS),
  /** json-ld, microdata, an adapter's name (linkedin, indeed) or heuristic. */
  source: text(40).min(1),
  /** How sure extraction is that this is a posting and its fields are right. */
  confidence: z.number().min(0).max(1),
});

export type Posting = z.infer<typeof postingSchema>;
export type PostingInput = z.input<typeof postingSchema>;

/**
 * A posting as a content script reads it, before the background turns it
 * into a Posting (lib/extract/normalize.ts): the description may be HTML, and
 * other text fields may still hold entities or markup. Same fields, so the
 * page carries no HTML-to-text code and the conversion of a large description
 * runs in the service worker, off the page's thread.
 */
export const pagePostingSchema = postingSchema.extend({
  /** Empty when the posting names no id of its own: the background derives one from URL and title. */
  id: text(MAX_ID_CHARS),
  /** As the page claims it; the background keeps it only when it is a web address on the sender's site (lib/model/posting-key.ts). */
  url: text(MAX_URL_CHARS),
  description: text(MAX_PAGE_DESCRIPTION_CHARS),
});

export type PagePosting = z.infer<typeof pagePostingSchema>;

/** What lists read: a posting without its description, which is stored apart (lib/db). */
export const postingSummarySchema = postingSchema.omit({ description: true });
export type PostingSummary = z.infer<typeof postingSummarySchema>;
