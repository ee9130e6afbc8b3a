import { sayFound } from '../i18n/found';
import { type Classification, ROLE_SIGNALS } from '../model/classification';
import { contextAround } from '../model/evidence-context';

export interface TextSnippet {
  before: string;
  phrase: string;
  after: string;
  explanation: string;
}

/** The decisive phrases with a little context each side, for highlighting where the user reads. */
export function evidenceSnippets(description: string, c: Classification, max = 4): TextSnippet[] {
  const out: TextSnippet[] = [];
  const seen = new Set<string>();
  for (const e of c.evidence) {
    const explanation = sayFound(e);
    if (e.field !== 'description' || !ROLE_SIGNALS.has(e.signal) || Math.abs(e.weight) < 0.3 || seen.has(explanation)) continue;
    seen.add(explanation);
    out.push({
      ...contextAround(description, e.start, e.end),
      phrase: description.slice(e.start, e.end),
      explanation,
    });
    if (out.length >= max) break;
  }
  return out;
}
