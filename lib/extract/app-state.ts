import { firstBalancedValue, parseLenientJson } from './lenient-json';
import { isRecord } from './schema-org';

const MAX_SCRIPTS = 200;

/**
 * The value a page's inline script assigns after a marker, as in
 * `window.__remixContext = {...};`: read from the script's text, never run.
 * Content scripts cannot see the page's variables, and must not.
 */
export function scriptValue(doc: Document, marker: string): unknown {
  const scripts = doc.querySelectorAll('script:not([src])');
  for (let i = 0; i < Math.min(scripts.length, MAX_SCRIPTS); i++) {
    const text = scripts[i]?.textContent ?? '';
    const at = text.indexOf(marker);
    if (at >= 0) return parseLenientJson(firstBalancedValue(text.slice(at + marker.length)));
  }
  return undefined;
}

/** A nested record by path, or undefined when any step is missing or not a record. */
export function at(value: unknown, ...path: string[]): Record<string, unknown> | undefined {
  let v = value;
  for (const key of path) v = isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined;
  return isRecord(v) ? v : undefined;
}

/** A string field, or ''. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
