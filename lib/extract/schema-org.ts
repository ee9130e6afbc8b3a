import { MAX_ID_CHARS, MAX_PAGE_DESCRIPTION_CHARS, MAX_SHORT_TEXT, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../model/limits';
import type { PagePosting } from '../model/posting';

/**
 * Reading a schema.org JobPosting, whatever shape a site gave it: values that
 * may be strings, objects, arrays of either, or missing. Shared by JSON-LD,
 * microdata and the CLI's .json input. Values stay as the site wrote them
 * (entities, markup): lib/extract/normalize.ts makes them text.
 */

type Node = Record<string, unknown>;
const MAX_DEPTH = 24;
const MAX_NODES = 5_000;

export function isRecord(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** The first usable string among the values, depth-limited ("name" of an object, "@value", plain strings). */
export function textOf(v: unknown, depth = 0): string {
  if (depth > 4) return '';
  if (typeof v === 'string') return (v.length > 2000 ? v.slice(0, 2000) : v).trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const item of v) {
      const t = textOf(item, depth + 1);
      if (t) return t;
    }
    return '';
  }
  if (isRecord(v)) return textOf(v.name ?? v['@value'] ?? v.value, depth + 1);
  return '';
}

function typesOf(node: Node): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

export function isJobPosting(node: Node): boolean {
  return typesOf(node).some((t) => t.toLowerCase() === 'jobposting');
}

/** Every JobPosting node inside a parsed JSON-LD value (arrays, @graph, nesting), bounded for hostile input. */
export function findJobPostingNodes(root: unknown): Node[] {
  const found: Node[] = [];
  const seen = new Set<unknown>();
  const stack: Array<{ v: unknown; depth: number }> = [{ v: root, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (typeof v !== 'object' || v === null || seen.has(v) || depth > MAX_DEPTH) continue;
    seen.add(v);
    visited++;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
      continue;
    }
    const node = v as Node;
    if (isJobPosting(node)) {
      found.push(node);
      continue;
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'about']) {
      if (Object.hasOwn(node, key)) stack.push({ v: node[key], depth: depth + 1 });
    }
  }
  return found;
}

function placeText(place: unknown): string {
  if (typeof place === 'string') return textOf(place);
  if (!isRecord(place)) return '';
  const address = place.address;
  if (typeof address === 'string') return textOf(address);
  if (isRecord(address)) {
    const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map((p) => textOf(p)).filter(Boolean);
    if (parts.length > 0) return [...new Set(parts)].join(', ');
  }
  return textOf(place.name);
}

function salaryText(v: unknown): string {
  const amount = asArray(v)[0];
  if (typeof amount === 'string' || typeof amount === 'number') return String(amount).slice(0, 200);
  if (!isRecord(amount)) return '';
  const currency = textOf(amount.currency);
  const value = amount.value;
  let range = '';
  let unit = textOf(amount.unitText);
  if (isRecord(value)) {
    const min = textOf(value.minValue);
    const max = textOf(value.maxValue);
    const single = textOf(value.value);
    range = min && max ? `${min}–${max}` : min || max || single;
    unit = unit || textOf(value.unitText);
  } else range = textOf(value);
  if (!range) return '';
  return [currency, range, unit ? `per ${unit.toLowerCase()}` : ''].filter(Boolean).join(' ').slice(0, 200);
}

function identifierOf(node: Node): string {
  const id = node.identifier;
  const value = isRecord(id) ? (id.value ?? id['@value'] ?? id.name) : id;
  const own = textOf(value) || (typeof node.id === 'string' || typeof node.id === 'number' ? String(node.id) : '');
  return own.slice(0, 200);
}

function isRemote(node: Node): boolean {
  return asArray(node.jobLocationType).some((t) => textOf(t).toUpperCase() === 'TELECOMMUTE');
}

/** The same posting twice on a page (one block per format, say): by its id, or by address and title when it has none. */
export function samePosting(a: PagePosting, b: PagePosting): boolean {
  return a.id || b.id ? a.id === b.id : a.url === b.url && a.title === b.title;
}

export interface SchemaPostingOptions {
  url: string;
  source: string;
  confidence: number;
}

/** A posting from a JobPosting node, or null when it has no title. */
export function postingFromSchemaNode(node: Node, opts: SchemaPostingOptions): PagePosting | null {
  const title = textOf(node.title) || textOf(node.name);
  if (!title) return null;
  const d = node.description;
  const description = typeof d === 'string' ? d : isRecord(d) && typeof d['@value'] === 'string' ? d['@value'] : textOf(d);
  const locations = asArray(node.jobLocation).map(placeText).filter(Boolean).slice(0, 50);
  const url = typeof node.url === 'string' && /^https?:/i.test(node.url) ? node.url : opts.url;
  // Built by hand within the schema's limits (no zod here: this runs in the
  // content script); the background parses it with pagePostingSchema on arrival.
  return {
    id: identifierOf(node).slice(0, MAX_ID_CHARS),
    url: url.slice(0, MAX_URL_CHARS),
    title: title.slice(0, MAX_TITLE_CHARS),
    company: textOf(node.hiringOrganization).slice(0, MAX_SHORT_TEXT),
    locations: locations.map((l) => l.slice(0, MAX_SHORT_TEXT)),
    employmentType: asArray(node.employmentType)
      .map((t) => textOf(t))
      .filter(Boolean)
      .join(', ')
      .slice(0, 100),
    datePosted: textOf(node.datePosted).slice(0, 60),
    remote: isRemote(node),
    salary: salaryText(node.baseSalary ?? node.estimatedSalary).slice(0, MAX_SHORT_TEXT),
    description: description.slice(0, MAX_PAGE_DESCRIPTION_CHARS),
    source: opts.source,
    confidence: opts.confidence,
  };
}
