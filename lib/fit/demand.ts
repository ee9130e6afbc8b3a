import type { Classification, Evidence } from '../model/classification';
import { type Basis, type Side, type SidedEvidence, sidesOf } from '../model/evidence-sides';
import { DEMAND_DIMENSIONS, type DemandDimension } from '../model/role-type';

/** A phrase of the posting that shows one side of a dimension, and how. */
export interface Support {
  evidence: Evidence;
  basis: Basis;
}

/** What the role asks on one dimension, with the phrases that show it; null when the posting does not say. */
export interface Stated {
  value: number;
  side: Side;
  support: Support[];
}

/** The evidence as the table of sides reads it: a time split's share comes back from its words' percentage. */
function sided(e: Evidence): SidedEvidence {
  const pct = e.signal === 'time-split' ? Number(e.say.args[0]) : Number.NaN;
  return {
    field: e.field,
    signal: e.signal,
    reading: e.reading,
    share: Number.isFinite(pct) ? pct / 100 : undefined,
    text: e.text,
  };
}

const BASIS_ORDER: Record<Basis, number> = { stated: 0, share: 1, implied: 2 };

/**
 * The posting's demand on each dimension, kept only where its own evidence
 * shows that side (lib/model/evidence-sides.ts). A demand the classifier
 * stated without such a phrase (a row classified before demand read its
 * phrases, say) is taken as not stated: the fit never claims what no quote shows.
 */
export function statedDemand(c: Classification): Record<DemandDimension, Stated | null> {
  const all = c.evidence.map(sided);
  const sideOf = sidesOf(all);
  const out = {} as Record<DemandDimension, Stated | null>;
  for (const dim of DEMAND_DIMENSIONS) {
    const value = c.demand[dim];
    if (value === null || value === undefined) {
      out[dim] = null;
      continue;
    }
    const side: Side = value >= 0.5 ? 'high' : 'low';
    const support: Support[] = [];
    c.evidence.forEach((evidence, i) => {
      const shown = sideOf(dim, all[i] as SidedEvidence);
      if (shown?.side === side) support.push({ evidence, basis: shown.basis });
    });
    // What says it outright first, then the strongest phrase, then the first.
    support.sort(
      (a, b) =>
        BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] ||
        Math.abs(b.evidence.weight) - Math.abs(a.evidence.weight) ||
        a.evidence.start - b.evidence.start,
    );
    out[dim] = support.length > 0 ? { value, side, support } : null;
  }
  return out;
}
