import { sayFound } from '../i18n/found';
import { type Classification, ROLE_SIGNALS } from '../model/classification';

const CONTEXT = 50;

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
    const from = Math.max(0, e.start - CONTEXT);
    const to = Math.min(description.length, e.end + CONTEXT);
    out.push({
      before: `${from > 0 ? '…' : ''}${description.slice(from, e.start).replace(/\s+/g, ' ').trimStart()}`,
      phrase: description.slice(e.start, e.end),
      after: `${description.slice(e.end, to).replace(/\s+/g, ' ').trimEnd()}${to < description.length ? '…' : ''}`,
      explanation,
    });
    if (out.length >= max) break;
  }
  return out;
}
