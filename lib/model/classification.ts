import { DEMAND_DIMENSIONS, roleTypeSchema } from './role-type';
import { z } from './zod';

const unit = z.number().min(0).max(1);

/** What a signal counts towards. */
export const SIGNALS = [
  'authority',
  'team-size',
  'no-authority',
  'hands-on',
  'not-hands-on',
  'time-split',
  'influence-only',
  'title',
  'strategy',
  'collaboration',
  'autonomy',
  'pressure',
  'craft',
] as const;
export const signalSchema = z.enum(SIGNALS);
export type Signal = z.infer<typeof signalSchema>;

/** The signals that decide the role type; the others only feed the demand dimensions. */
export const ROLE_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'authority',
  'team-size',
  'no-authority',
  'hands-on',
  'not-hands-on',
  'time-split',
  'influence-only',
]);

/** One phrase that moved the result, located in the text it came from. */
export const evidenceSchema = z.object({
  field: z.enum(['title', 'description']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().max(400),
  signal: signalSchema,
  /** Signed contribution: positive pushes towards what the signal names. */
  weight: z.number(),
  /** A plain-word reading of the phrase, for the badge and the popup. */
  explanation: z.string().max(300),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const demandSchema = z.object(
  Object.fromEntries(DEMAND_DIMENSIONS.map((d) => [d, unit])) as Record<(typeof DEMAND_DIMENSIONS)[number], typeof unit>,
);
export type Demand = z.infer<typeof demandSchema>;

export const classificationSchema = z.object({
  roleType: roleTypeSchema,
  scores: z.object({ leadership: unit, specialist: unit, hybrid: unit }),
  confidence: unit,
  /** -1 pure specialist, +1 pure leadership. */
  orientation: z.number().min(-1).max(1),
  demand: demandSchema,
  evidence: z.array(evidenceSchema).max(200),
  /** Plain-word reasons, strongest first. */
  reasons: z.array(z.string().max(300)).max(12),
});
export type Classification = z.infer<typeof classificationSchema>;
