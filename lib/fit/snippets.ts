import { sayFound } from '../i18n/found';
import type { Classification, Evidence } from '../model/classification';
import { contextAround } from '../model/evidence-context';
import { statedDemand } from './demand';
import { roleQuoteEvidence } from './reasons';

/** Phrases a fit may quote per dimension: its best and the ones that stand in when two reasons would quote the same. */
const PER_DIMENSION = 3;

export interface QuoteSnippet {
  before: string;
  phrase: string;
  after: string;
  explanation: string;
}

/**
 * Every phrase a fit of this posting could quote, whatever the profile, in
 * its context: the background keeps them with the posting's result, so the
 * panel shows a reason's words where the posting says them even after the
 * user takes the assessment again.
 */
export function quoteSnippets(description: string, c: Classification): QuoteSnippet[] {
  const quotable: Evidence[] = [...roleQuoteEvidence(c)];
  for (const stated of Object.values(statedDemand(c)))
    if (stated) quotable.push(...stated.support.slice(0, PER_DIMENSION).map((s) => s.evidence));
  const seen = new Set<string>();
  const out: QuoteSnippet[] = [];
  for (const e of quotable) {
    if (e.field !== 'description' || seen.has(e.text) || e.end > description.length) continue;
    seen.add(e.text);
    out.push({
      ...contextAround(description, e.start, e.end),
      phrase: description.slice(e.start, e.end),
      explanation: sayFound(e),
    });
  }
  return out;
}
