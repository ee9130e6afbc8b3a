import { MAX_EVIDENCE, MAX_EVIDENCE_TEXT, MAX_MESSAGE_ARGS, MAX_MESSAGE_KEY, MAX_REASONS, MAX_RULE_ID } from './limits';
import { DEMAND_DIMENSIONS, roleTypeSchema } from './role-type';
import { z } from './zod';

const unit = z.number().min(0).max(1);

/** Authority over people (and a budget, authority over what people cost): a clause with one is a leading clause. */
const AUTHORITY = [
  'reports',
  'team',
  'staff',
  'people-role',
  'hiring',
  'reviews',
  'scheduling',
  'developing',
  'managers',
  'budget',
  'running',
] as const;

/** What a signal counts towards. */
export const SIGNALS = [
  ...AUTHORITY,
  // Against it.
  'ic',
  'other-lead',
  'joins',
  'trainees',
  'analyst-numbers',
  'influence',
  // The holder's own work.
  'hands-on',
  'craft',
  'task',
  'oversight',
  'not-hands-on',
  'time-split',
  'title',
  // What the role asks beyond its type.
  'strategy',
  'collaboration',
  'autonomy',
  'pressure',
  'expertise',
] as const;
export const signalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof signalSchema>;

/** The signals that decide the role type; the others only feed the demand dimensions. */
export const DEMAND_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'strategy',
  'collaboration',
  'autonomy',
  'pressure',
  'expertise',
]);
export const ROLE_SIGNALS: ReadonlySet<Signal> = new Set<Signal>(SIGNALS.filter((s) => !DEMAND_SIGNALS.has(s)));
/** Authority, in the order the model's features list it. */
export const AUTHORITY_SIGNALS: readonly Signal[] = AUTHORITY;

/** Words to say in the user's language when shown: a message key of _locales and its substitutions. */
export const wordsSchema = z.object({
  key: z.string().min(1).max(MAX_MESSAGE_KEY),
  args: z.array(z.string().max(MAX_EVIDENCE_TEXT)).max(MAX_MESSAGE_ARGS),
});

/** How the clause a phrase stands in reads it (lib/classify/read). */
export const READINGS = ['duty', 'requirement', 'hedge', 'negated', 'other'] as const;
export const readingSchema = z.enum(READINGS);
export type Reading = z.infer<typeof readingSchema>;

/** Signals of classifications stored before the classifier was rebuilt, and what they mean now. */
const LEGACY_SIGNALS: Record<string, Signal> = {
  authority: 'staff',
  'team-size': 'team',
  'no-authority': 'ic',
  'influence-only': 'influence',
};

/** Evidence stored as English sentences (before rule ids and message keys): kept, said as it was. */
function fromLegacy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'say' in value) return value;
  const v = value as Record<string, unknown>;
  const signal = typeof v.signal === 'string' ? (LEGACY_SIGNALS[v.signal] ?? v.signal) : v.signal;
  const text = typeof v.explanation === 'string' ? v.explanation.slice(0, MAX_EVIDENCE_TEXT) : '';
  return { ...v, signal, rule: 'legacy', reading: 'duty', say: { key: 'evLegacy', args: [text] } };
}

/** One phrase that moved the result, located in the text it came from. */
export const evidenceSchema = z.preprocess(
  fromLegacy,
  z.object({
    field: z.enum(['title', 'description']),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(MAX_EVIDENCE_TEXT),
    signal: signalSchema,
    /** The rule that fired (lib/classify/rules), so a stored result can be explained again. */
    rule: z.string().min(1).max(MAX_RULE_ID),
    reading: readingSchema,
    /** Signed pull: positive towards leading people (or, for the holder's own work, towards doing it). */
    weight: z.number(),
    say: wordsSchema,
  }),
);
export type Evidence = z.infer<typeof evidenceSchema>;

/** A reason for the label: the words of the evidence behind it, as its clause reads it. */
export const reasonSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { say: { key: 'evLegacy', args: [v.slice(0, MAX_EVIDENCE_TEXT)] }, reading: 'duty' } : v),
  z.object({ say: wordsSchema, reading: readingSchema }),
);
export type Reason = z.infer<typeof reasonSchema>;

/** What the role asks on each dimension, 0..1; null when no phrase of the posting speaks to it (not stated). */
const demanded = unit.nullable();
export const demandSchema = z.object(
  Object.fromEntries(DEMAND_DIMENSIONS.map((d) => [d, demanded])) as Record<(typeof DEMAND_DIMENSIONS)[number], typeof demanded>,
);
export type Demand = z.infer<typeof demandSchema>;

export const classificationSchema = z.object({
  roleType: roleTypeSchema,
  scores: z.object({ leadership: unit, specialist: unit, hybrid: unit }),
  confidence: unit,
  /** -1 pure specialist, +1 pure leadership. */
  orientation: z.number().min(-1).max(1),
  demand: demandSchema,
  evidence: z.array(evidenceSchema).max(MAX_EVIDENCE),
  /** Plain-word reasons, strongest first. */
  reasons: z.array(reasonSchema).max(MAX_REASONS),
});
export type Classification = z.infer<typeof classificationSchema>;
