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

/** Escapes control characters that appear raw inside string literals. */
function escapeControlCharsInStrings(s: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (s[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      const code = ch.charCodeAt(0);
      if (code < 0x20) {
        out += ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '\\r' : ' ';
        continue;
      }
    } else if (ch === '"') inString = true;
    out += ch;
  }
  return out;
}

function removeTrailingCommas(s: string): string {
  return s.replace(/,(\s*[}\]])/g, '$1');
}

/** Cuts the text after the first complete top-level value (junk, a second object glued on). */
function firstBalancedValue(s: string): string {
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

export function parseLenientJson(raw: string): unknown {
  if (raw.length > MAX_JSON_CHARS) return undefined;
  const s = stripWrappers(raw);
  if (!s) return undefined;
  const direct = tryParse(s);
  if (direct !== undefined) return direct;
  const repaired = removeTrailingCommas(escapeControlCharsInStrings(s));
  return tryParse(repaired) ?? tryParse(firstBalancedValue(repaired));
}
