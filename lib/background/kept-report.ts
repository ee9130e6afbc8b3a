import type { AnalyzedPosting } from '../messages/protocol';
import type { Classification, Evidence } from '../model/classification';

/**
 * What a tab keeps of each posting for its badge and panel frames. The
 * classifier may find up to 200 pieces of evidence (about 39 kB a posting,
 * 2 MB for a page of 50), and storage.session holds 10 MB for all tabs; the
 * frames show the label, the confidence, at most three reasons with their
 * snippets, and a fit recomputed when the profile changes. So a tab keeps
 * the evidence the reasons were read from and then the weightiest, in the
 * posting's order, and a bounded number of snippets.
 */
export const KEPT_EVIDENCE = 32;
export const KEPT_SNIPPETS = 16;

const sameWords = (e: Evidence, r: Classification['reasons'][number]) =>
  e.reading === r.reading && e.say.key === r.say.key && e.say.args.join('\u0000') === r.say.args.join('\u0000');

export function keptEvidence(c: Classification, max = KEPT_EVIDENCE): Evidence[] {
  if (c.evidence.length <= max) return c.evidence;
  const keep = new Set<number>();
  for (const r of c.reasons) {
    const i = c.evidence.findIndex((e) => sameWords(e, r));
    if (i >= 0 && keep.size < max) keep.add(i);
  }
  const byWeight = c.evidence.map((e, i) => ({ w: Math.abs(e.weight), i })).sort((a, b) => b.w - a.w || a.i - b.i);
  for (const { i } of byWeight) {
    if (keep.size >= max) break;
    keep.add(i);
  }
  return c.evidence.filter((_, i) => keep.has(i));
}

export function keptForFrames(result: AnalyzedPosting): AnalyzedPosting {
  return {
    ...result,
    classification: { ...result.classification, evidence: keptEvidence(result.classification) },
    snippets: result.snippets.slice(0, KEPT_SNIPPETS),
  };
}
