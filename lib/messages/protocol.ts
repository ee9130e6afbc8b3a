import { classificationSchema } from '../model/classification';
import { fitSchema, phraseSchema } from '../model/fit';
import { MAX_POSTINGS_PER_PAGE } from '../model/limits';
import type { PagePosting } from '../model/posting';
import { postingStatusSchema } from '../model/saved-posting';
import { z } from '../model/zod';

/**
 * Every message between the extension's parts. Requests from content scripts
 * come from pages we do not control: the background parses each one here
 * before it touches anything.
 *
 * The page side never learns what Crossroads made of a posting: the content
 * script gets a token per posting and frames the badge and panel (extension
 * pages, see docs/ARCHITECTURE.md), which ask the background for the result
 * by that token. Frames speak to the content script that framed them only
 * through the background (`frameEvent`), never through the page's window.
 */

/** A random capability naming one posting shown in one tab; issued by the background, never derived from the page. */
export const tokenSchema = z.string().regex(/^[0-9a-f-]{36}$/);

/** What a badge or panel frame tells the content script that framed it. */
export const frameEventSchema = z.discriminatedUnion('kind', [
  /** The badge frame's size, so the page side can size the frame (nothing else of the badge reaches it). */
  z.object({ kind: z.literal('badgeSize'), width: z.number().int().min(1).max(600), height: z.number().int().min(1).max(200) }),
  /** The user clicked the badge: open its panel, or close it. */
  z.object({ kind: z.literal('toggle') }),
  /** The panel's content height at its current width. */
  z.object({ kind: z.literal('panelSize'), height: z.number().int().min(1).max(10_000) }),
  /** Close the panel and give focus back to the badge (close button, Escape). */
  z.object({ kind: z.literal('close') }),
  /** The user dismissed the posting (or undid it): its badge goes when the panel closes. */
  z.object({ kind: z.literal('dismissed'), dismissed: z.boolean() }),
]);
export type FrameEvent = z.infer<typeof frameEventSchema>;

/** The two content scripts that may run in one page: the job sites' and "Analyze this page". */
export const DETECTOR_SCRIPTS = ['jobs', 'analyze'] as const;
export type DetectorScript = (typeof DETECTOR_SCRIPTS)[number];
const scriptSchema = z.enum(DETECTOR_SCRIPTS);

export const requestSchema = z.discriminatedUnion('type', [
  /**
   * A content script found postings on its page. Each is parsed on its own by
   * the background (pagePostingSchema), so one bad field drops that posting,
   * never the message with the good ones.
   */
  z.object({
    type: z.literal('analyzePostings'),
    script: scriptSchema,
    postings: z.array(z.custom<PagePosting>()).min(1).max(MAX_POSTINGS_PER_PAGE),
  }),
  /** A content script's page shows no posting now (another view, another page): what it reported goes. */
  z.object({ type: z.literal('clearTab'), script: scriptSchema }),
  /** The badge or panel frame asks for the result its token names. */
  z.object({ type: z.literal('getAnalysis'), token: tokenSchema }),
  /** A frame's word for the content script that framed it, relayed by the background. */
  z.object({ type: z.literal('frameEvent'), token: tokenSchema, event: frameEventSchema }),
  z.object({ type: z.literal('setPostingStatus'), id: z.string().min(1).max(400), status: postingStatusSchema }),
  /**
   * An extension page stores a note. Through the background rather than the
   * page's own connection: a note flushed as its tab closes must not die
   * with the tab, and a message handed to the browser outlives its sender.
   */
  z.object({ type: z.literal('saveNotes'), id: z.string().min(1).max(400), notes: z.string().max(20_000) }),
  /** The popup asks what the active tab showed. */
  z.object({ type: z.literal('getTabPostings'), tabId: z.number().int().nonnegative() }),
  /** The panel's "take the assessment": opens the dashboard's assessment, a few times a minute at most. */
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

/** What Crossroads made of one posting: shown in the badge and panel frames, never handed to the page side. */
export const analyzedPostingSchema = z.object({
  id: z.string(),
  title: z.string(),
  classification: classificationSchema,
  fit: fitSchema.nullable(),
  /** Questions to ask the employer where the posting is unclear about what decides the fit (lib/fit/questions.ts). */
  questions: z.array(phraseSchema).max(3).default([]),
  snippets: z.array(snippetSchema),
  status: postingStatusSchema,
  /** Null when stored; else why not, for the panel to say in plain words. */
  notStored: z.enum(NOT_STORED).nullable(),
});
export type AnalyzedPosting = z.infer<typeof analyzedPostingSchema>;

/** What the content script gets per posting: where the badge goes (the title) and the token its frames use. */
export const pageResultSchema = z.object({ id: z.string(), title: z.string(), token: tokenSchema });
export type PageResult = z.infer<typeof pageResultSchema>;

export const responseSchemas = {
  analyzePostings: z.object({
    results: z.array(pageResultSchema),
    /** Postings of the message that were refused, each alone, by their place in it. */
    rejected: z.array(z.object({ index: z.number().int().nonnegative(), reason: z.string() })),
  }),
  clearTab: z.object({}),
  getAnalysis: analyzedPostingSchema,
  frameEvent: z.object({}),
  setPostingStatus: z.object({ status: postingStatusSchema }),
  saveNotes: z.object({}),
  getTabPostings: z.object({ ids: z.array(z.string()) }),
  openAssessment: z.object({}),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** What travels back: the answer, or an error in plain words. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** What the background relays to a content script: a frame's event, named by the token that frame was given. */
export interface ToPage {
  type: 'crossroadsFrame';
  token: string;
  event: FrameEvent;
}
