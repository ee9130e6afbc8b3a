import type { PagePosting } from '../model/posting';
import { parseLenientJson } from './lenient-json';
import { findJobPostingNodes, postingFromSchemaNode, samePosting } from './schema-org';

/** Bounds for hostile pages: thousands of blocks are read, but not without end. */
const MAX_BLOCKS = 5_000;
const MAX_TOTAL_CHARS = 32_000_000;

/** JobPostings from the page's application/ld+json blocks; unreadable blocks are skipped. */
export function extractJsonLd(doc: Document, url: string): PagePosting[] {
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const postings: PagePosting[] = [];
  const limit = Math.min(scripts.length, MAX_BLOCKS);
  let budget = MAX_TOTAL_CHARS;
  for (let i = 0; i < limit && budget > 0; i++) {
    const text = scripts[i]?.textContent ?? '';
    budget -= text.length;
    const value = parseLenientJson(text);
    for (const node of findJobPostingNodes(value)) {
      const posting = postingFromSchemaNode(node, { url, source: 'json-ld', confidence: 0.95 });
      if (posting && !postings.some((p) => samePosting(p, posting))) postings.push(posting);
    }
  }
  return postings;
}
