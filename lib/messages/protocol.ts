import { classificationSchema } from '../model/classification';
import { fitSchema } from '../model/fit';
import { MAX_POSTINGS_PER_PAGE } from '../model/limits';
import type { PagePosting } from '../model/posting';
import { postingStatusSchema } from '../model/saved-posting';
import { z } from '../model/zod';

/**
 * Every message between the extension's parts. Requests from content scripts
 * come from pages we do not control: the background parses each one here
 * before it touches anything.
 */
export const requestSchema = z.discriminatedUnion('type', [
  /**
   * A content script found postings on its page. Each is parsed on its own by
   * the background (pagePostingSchema), so one bad field drops that posting,
   * never the message with the good ones.
   */
  z.object({
    type: z.literal('analyzePostings'),
    postings: z.array(z.custom<PagePosting>()).min(1).max(MAX_POSTINGS_PER_PAGE),
  }),
  z.object({ type: z.literal('setPostingStatus'), id: z.string().min(1).max(400), status: postingStatusSchema }),
  /**
   * An extension page stores a note. Through the background rather than the
   * page's own connection: a note flushed as its tab closes must not die
   * with the tab, and a message handed to the browser outlives its sender.
   */
  z.object({ type: z.literal('saveNotes'), id: z.string().min(1).max(400), notes: z.string().max(20_000) }),
  /** The popup asks what the active tab showed. */
  z.object({ type: z.literal('getTabPostings'), tabId: z.number().int().nonnegative() }),
  /** The badge's "take the assessment" link: a page cannot open extension pages itself. */
  z.object({ type: z.literal('openAssessment') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** A phrase of the posting that moved the result, with a little of the text around it. */
export const snippetSchema = z.object({ before: z.string(), phrase: z.string(), after: z.string(), explanation: z.string() });
export type Snippet = z.infer<typeof snippetSchema>;

/**
 * Why a posting was classified but not stored: the disk is full, its site
 * created too many new rows of late (kept for the user to save), or another
 * failure of the database. The badge shows either way; the panel says why.
 */
export const NOT_STORED = ['storageFull', 'siteLimit', 'storageFailed'] as const;
export type NotStored = (typeof NOT_STORED)[number];

export const analyzedPostingSchema = z.object({
  id: z.string(),
  title: z.string(),
  classification: classificationSchema,
  fit: fitSchema.nullable(),
  snippets: z.array(snippetSchema),
  status: postingStatusSchema,
  /** Null when stored; else why not, for the panel to say in plain words. */
  notStored: z.enum(NOT_STORED).nullable(),
});
export type AnalyzedPosting = z.infer<typeof analyzedPostingSchema>;

export const responseSchemas = {
  analyzePostings: z.object({
    results: z.array(analyzedPostingSchema),
    /** Postings of the message that were refused, each alone, by their place in it. */
    rejected: z.array(z.object({ index: z.number().int().nonnegative(), reason: z.string() })),
  }),
  setPostingStatus: z.object({ status: postingStatusSchema }),
  saveNotes: z.object({}),
  getTabPostings: z.object({ ids: z.array(z.string()) }),
  openAssessment: z.object({}),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** What travels back: the answer, or an error in plain words. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
