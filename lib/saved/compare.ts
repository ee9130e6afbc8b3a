import type { FitReason } from '../model/fit';
import type { DemandDimension } from '../model/role-type';
import type { PostingRecord } from '../model/saved-posting';

/** How far what a role asks on one dimension is from what the user prefers, both 0 to 100. */
export type Gap = 'close' | 'some' | 'far';

/** Within 15 points reads as the same; beyond 35 the user would feel it every week. */
export const GAP_LIMITS = { close: 15, some: 35 } as const;

export function gapOf(asks: number, prefers: number): Gap {
  const d = Math.abs(asks - prefers);
  return d <= GAP_LIMITS.close ? 'close' : d <= GAP_LIMITS.some ? 'some' : 'far';
}

/** What a role asks on a dimension, 0 to 100 (the classifier's demand is 0 to 1); null when the posting does not say. */
export const asksOf = (record: PostingRecord, dim: DemandDimension): number | null => {
  const demand = record.classification.demand[dim];
  return demand === null ? null : Math.round(demand * 100);
};

export interface BestMatch {
  record: PostingRecord;
  /** The reason that speaks most for it, when one does. */
  reason: FitReason | undefined;
  /** Points ahead of the next best: 0 when two share the top score. */
  lead: number;
}

/**
 * The posting among those compared that fits the user best, by fit score
 * (ties keep the first chosen), with the strongest reason for it. None
 * without a profile, or when fewer than two have a fit to compare.
 */
export function bestMatch(records: PostingRecord[]): BestMatch | undefined {
  const fitted = records.filter((r) => r.fit);
  if (fitted.length < 2) return undefined;
  const ranked = [...fitted].sort((a, b) => (b.fit?.score ?? 0) - (a.fit?.score ?? 0));
  const [best, next] = ranked as [PostingRecord, PostingRecord];
  const reason = [...(best.fit?.reasons ?? [])].filter((r) => r.sign > 0).sort((a, b) => b.points - a.points)[0];
  return { record: best, reason, lead: (best.fit?.score ?? 0) - (next.fit?.score ?? 0) };
}
