/**
 * Regular expressions for words in any of the four languages. JavaScript's
 * `\b` knows only [A-Za-z0-9_]: it never matches before "é", "ü" or "ñ", so an
 * alternative like "Überstunden" or "évaluations" could never fire. Patterns
 * here are written with `\b` and compiled with a Unicode-aware boundary.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/** `\b` (not `\\b`) becomes a boundary that knows letters beyond ASCII. */
export function unicodeWords(source: string): string {
  return source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${BOUNDARY}`);
}

/** A case-insensitive, global, Unicode pattern with word boundaries that work for é, ü and ñ. */
export function pattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(unicodeWords(source), flags.includes('u') ? flags : `${flags}u`);
}

/** Alternatives joined for a pattern: `alt(['a', 'b c'])` is `(?:a|b c)`. */
export function alt(options: readonly string[]): string {
  return `(?:${options.join('|')})`;
}

/** Every form of an English verb a duty is written in: "prepare" gives prepare, prepares, prepared, preparing. */
export function verbForms(verb: string): string[] {
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const v = head ?? verb;
  const third = /(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
  const past = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
  const ing = /[^aeiou]e$/.test(v) && !v.endsWith('ee') ? `${v.slice(0, -1)}ing` : `${v}ing`;
  return [v, third, past, ing].map((f) => f + tail);
}

/** An alternative of every form of each verb. */
export function verbs(list: readonly string[]): string {
  return alt(list.flatMap(verbForms));
}
