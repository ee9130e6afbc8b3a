/**
 * Explicit bidirectional formatting characters (Unicode UAX #9: embeddings,
 * overrides and isolates). A page can put them in a company name to reverse
 * the words that follow it, ours included ("Open the posting"); nothing a
 * posting legitimately says needs them, since views isolate page text with
 * dir="auto" and <bdi>. The implicit marks (LRM, RLM, ALM) stay: right-to-left
 * text uses them for punctuation, and they cannot reach past an isolate.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
