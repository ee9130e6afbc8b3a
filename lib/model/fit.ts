import { readingSchema, wordsSchema } from './classification';
import { MAX_EVIDENCE_TEXT, MAX_MESSAGE_ARGS, MAX_MESSAGE_KEY } from './limits';
import { DEMAND_DIMENSIONS } from './role-type';
import { z } from './zod';

export const FIT_BANDS = ['strong', 'good', 'mixed', 'poor'] as const;
export const fitBandSchema = z.enum(FIT_BANDS);
export type FitBand = z.infer<typeof fitBandSchema>;

const messageKey = z.string().min(1).max(MAX_MESSAGE_KEY);

/**
 * Words said when shown, in the user's language: a message key and its
 * substitutions, each either text as it is (a quote) or the key of other
 * words (a statement of the assessment), said first.
 */
export const phraseSchema = z.object({
  key: messageKey,
  args: z.array(z.union([z.string().max(MAX_EVIDENCE_TEXT), z.object({ key: messageKey })])).max(MAX_MESSAGE_ARGS),
});
export type Phrase = z.infer<typeof phraseSchema>;

/** The posting's words behind a reason: the phrase as written, and what the classifier read in it. */
export const fitQuoteSchema = z.object({
  text: z.string().max(MAX_EVIDENCE_TEXT),
  say: wordsSchema,
  reading: readingSchema,
});
export type FitQuote = z.infer<typeof fitQuoteSchema>;

export const fitReasonSchema = z.object({
  /** +1 speaks for the posting, -1 against. */
  sign: z.union([z.literal(1), z.literal(-1)]),
  /** What the reason is about: the role type, or one dimension. */
  about: z.enum(['roleType', ...DEMAND_DIMENSIONS]),
  /** What it says, for the user: "You would stop doing the hands-on work you enjoy." */
  claim: phraseSchema,
  /** Why the posting's words show it when they show it only with the rest of the posting ("most of its duties are leading people"). */
  basis: phraseSchema.nullable(),
  /** The posting's words behind it. */
  quote: fitQuoteSchema.nullable(),
  /** The user's own answer behind it. */
  answer: phraseSchema.nullable(),
  /** Points of the score this reason moved (signed). */
  points: z.number(),
});
export type FitReason = z.infer<typeof fitReasonSchema>;

export const fitSchema = z.object({
  score: z.number().int().min(0).max(100),
  band: fitBandSchema,
  /** At most three: the largest mismatch on leading people or hands-on work always among them. */
  reasons: z.array(fitReasonSchema).max(3),
  /** When the profile this fit was computed against was taken. */
  profileCreatedAt: z.number().int().nonnegative(),
});
export type Fit = z.infer<typeof fitSchema>;
