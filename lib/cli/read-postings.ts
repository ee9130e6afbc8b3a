import { extractPostings } from '../extract';
import { parseLenientJson } from '../extract/lenient-json';
import { normalizePosting } from '../extract/normalize';
import { findJobPostingNodes, isRecord, postingFromSchemaNode } from '../extract/schema-org';
import type { Posting } from '../model/posting';
import { pageAddress } from './page-address';

/** A posting read from a file, with the raw object it came from (for labels and ids). */
export interface FilePosting {
  source: string;
  posting: Posting;
  raw: Record<string, unknown> | null;
}

export interface ReadOptions {
  /** The address to read a saved page at, as the browser would there (site readers are chosen by it). */
  url?: string | undefined;
  /** Read it as "Analyze this page" does: the reader for pages without structured data on any site. */
  analyze?: boolean | undefined;
}

/** Where a saved page is read: the given address, else the one it records, else its file. */
export function addressOf(file: string, html: string, doc: Document, options: ReadOptions = {}): string {
  return options.url ?? pageAddress(html, doc) ?? `file://${file}`;
}

/** A JobPosting-shaped object, typed or not (labelled sets omit @type). */
function postingFromObject(obj: unknown, url: string): Posting | null {
  if (!isRecord(obj)) return null;
  const node = findJobPostingNodes(obj)[0] ?? obj;
  const page = postingFromSchemaNode(node, { url, source: 'json', confidence: 1 });
  return page && normalizePosting(page);
}

function objectsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value['@graph'])) return findJobPostingNodes(value);
  return [value];
}

/**
 * Postings in one file's text, by extension: .html through the same
 * extraction as the browser at the page's address (options.url, else the
 * one the page records), .json (one object or an array), .jsonl (one a line).
 * Throws with a plain message when the file cannot be read as its kind.
 */
export function readPostings(
  file: string,
  text: string,
  parseHtml: (html: string) => Document,
  options: ReadOptions = {},
): FilePosting[] {
  const lower = file.toLowerCase();
  const url = `file://${file}`;
  const out: FilePosting[] = [];
  const push = (obj: unknown, index: number, total: number) => {
    const posting = postingFromObject(obj, url);
    if (posting) out.push({ source: total > 1 ? `${file}#${index + 1}` : file, posting, raw: isRecord(obj) ? obj : null });
  };
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const doc = parseHtml(text);
    const postings = extractPostings(doc, addressOf(file, text, doc, options), { analyze: options.analyze });
    postings.forEach((posting, i) => {
      out.push({ source: postings.length > 1 ? `${file}#${i + 1}` : file, posting, raw: null });
    });
  } else if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    const lines = text.split('\n');
    const objs: unknown[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        objs.push(JSON.parse(line));
      } catch {
        throw new Error(`line ${i + 1} is not valid JSON`);
      }
    });
    for (const [i, o] of objs.entries()) push(o, i, objs.length);
  } else if (lower.endsWith('.json')) {
    const value = parseLenientJson(text);
    if (value === undefined) throw new Error('not valid JSON');
    const objs = objectsOf(value);
    for (const [i, o] of objs.entries()) push(o, i, objs.length);
  } else {
    throw new Error('unsupported file type (expected .html, .json or .jsonl)');
  }
  return out;
}
