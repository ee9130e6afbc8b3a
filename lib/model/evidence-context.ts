/** Characters each side of a quoted phrase, so the user reads it where the posting says it. */
const CONTEXT = 50;

/**
 * The words around a phrase of the description, cut at whole words (a
 * context starting "…formance reviews" reads as a typo), with an ellipsis
 * where the description goes on.
 */
export function contextAround(description: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(description.length, end + CONTEXT);
  // Start after a space and end before one, unless that would leave nothing.
  if (from > 0 && /\S/.test(description[from - 1] ?? '')) {
    const space = description.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < description.length && /\S/.test(description[to] ?? '')) {
    const space = description.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${description.slice(from, start).replace(/\s+/g, ' ').trimStart()}`,
    after: `${description.slice(end, to).replace(/\s+/g, ' ').trimEnd()}${to < description.length ? '…' : ''}`,
  };
}
