import type { PagePosting } from '../model/posting';
import { postingFromSchemaNode, samePosting } from './schema-org';

type Node = Record<string, unknown>;
const MAX_ITEMS = 20;

/** The value of one itemprop element, as the microdata spec reads it. */
function propValue(el: Element, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return depth < 4 ? itemOf(el, depth + 1) : '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'img') return el.getAttribute('src') ?? '';
  // The description keeps its markup so paragraphs and lists survive; it is only ever converted to text.
  return el.getAttribute('itemprop') === 'description' ? el.innerHTML : (el.textContent ?? '');
}

/** Properties of an item: its own itemprops, not those of nested items. */
function itemOf(scope: Element, depth: number): Node {
  const node: Node = {};
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.split(/\s+/);
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const value = propValue(el, depth);
      const prev = node[name];
      node[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return node;
}

/** Postings marked up with microdata (itemtype schema.org/JobPosting). */
export function extractMicrodata(doc: Document, url: string): PagePosting[] {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="JobPosting" i]')).slice(0, MAX_ITEMS);
  const postings: PagePosting[] = [];
  for (const scope of scopes) {
    const posting = postingFromSchemaNode(itemOf(scope, 0), { url, source: 'microdata', confidence: 0.9 });
    if (posting && !postings.some((p) => samePosting(p, posting))) postings.push(posting);
  }
  return postings;
}
