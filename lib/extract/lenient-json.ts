/**
 * JSON as sites really emit it in ld+json blocks: CDATA or comment wrappers,
 * raw newlines and tabs inside strings, trailing commas, junk after the value.
 * Returns undefined when nothing can be recovered; never throws.
 */

const MAX_JSON_CHARS = 16_000_000;

function stripWrappers(s: string): string {
  return s
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

/** Escapes control characters that appear raw inside string literals, jumping between the characters that matter. */
function escapeControlCharsInStrings(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  const SPECIAL = /["\\\u0000-\u001f]/g;
  const parts: string[] = [];
  let inString = false;
  let last = 0;
  for (let m = SPECIAL.exec(s); m !== null; m = SPECIAL.exec(s)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '"') inString = !inString;
    else if (ch === '\\') {
      if (inString) SPECIAL.lastIndex = i + 2;
    } else if (inString) {
      parts.push(s.slice(last, i), ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '\\r' : ' ');
      last = i + 1;
    }
  }
  if (last === 0) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

function removeTrailingCommas(s: string): string {
  return s.replace(/,(\s*[}\]])/g, '$1');
}

/** Cuts the text after the first complete top-level value (junk, a second object glued on). */
export function firstBalancedValue(s: string): string {
  const start = s.search(/[[{]/);
  if (start < 0) return s;
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return s.slice(start, i + 1);
    }
  }
  return s.slice(start);
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function parseUncached(raw: string): unknown {
  const s = stripWrappers(raw);
  if (!s) return undefined;
  const direct = tryParse(s);
  if (direct !== undefined) return direct;
  const repaired = removeTrailingCommas(escapeControlCharsInStrings(s));
  return tryParse(repaired) ?? tryParse(firstBalancedValue(repaired));
}

/**
 * Outcomes by content: the detector reads the page again after every change
 * a single-page site makes, and a 15 MB block costs a second or more to
 * repair. Small blocks parse faster than they hash; the cache is bounded in
 * entries and characters so a page cannot grow it without end.
 */
const CACHE_FROM_CHARS = 2_000;
const CACHE_MAX_ENTRIES = 16;
const CACHE_MAX_CHARS = 40_000_000;
const cache = new Map<string, unknown>();
let cachedChars = 0;

/** Parsed values may be shared between callers through the cache: read them, never change them. */
export function parseLenientJson(raw: string): unknown {
  if (raw.length > MAX_JSON_CHARS) return undefined;
  if (raw.length < CACHE_FROM_CHARS) return parseUncached(raw);
  if (cache.has(raw)) return cache.get(raw);
  const value = parseUncached(raw);
  cache.set(raw, value);
  cachedChars += raw.length;
  for (const key of cache.keys()) {
    if (cache.size <= CACHE_MAX_ENTRIES && cachedChars <= CACHE_MAX_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  return value;
}
