import type { Posting } from '../model/posting';
import { parseLenientJson } from './lenient-json';
import { findJobPostingNodes, postingFromSchemaNode } from './schema-org';

/** A page with thousands of ld+json blocks is hostile or broken; the first ones carry the posting. */
const MAX_BLOCKS = 200;

/** JobPostings from the page's application/ld+json blocks; unreadable blocks are skipped. */
export function extractJsonLd(doc: Document, url: string): Posting[] {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const postings: Posting[] = [];
  const limit = Math.min(scripts.length, MAX_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const value = parseLenientJson(scripts[i]?.textContent ?? '');
    for (const node of findJobPostingNodes(value)) {
      const posting = postingFromSchemaNode(node, { url, source: 'json-ld', confidence: 0.95 });
      if (posting && !postings.some((p) => p.id === posting.id)) postings.push(posting);
    }
  }
  return postings;
}
