import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { extractPostings } from '@/lib/extract';

const URL = 'https://job-boards.greenhouse.io/acme/jobs/1';
const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const posting = (title: string, url?: string) => ({
  '@type': 'JobPosting',
  title,
  ...(url ? { url } : {}),
  description: `<p>${title}: you will lead a team of five and own the roadmap.</p>`,
  hiringOrganization: { name: 'Acme' },
});
const page = (head: string, body = '') =>
  parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const titles = (head: string, body = '') => extractPostings(page(head, body), URL).map((p) => p.title);

describe('pages with several postings', () => {
  it('keeps every posting a page holds of its own', () => {
    expect(titles(ld([posting('Engineering Manager, Payments'), posting('Engineering Manager, Search')]))).toEqual([
      'Engineering Manager, Payments',
      'Engineering Manager, Search',
    ]);
    // Postings that name other sites but are not linked from the page are still this page's (and stored as its own).
    expect(titles(ld([posting('A', 'https://elsewhere.example/1'), posting('B', 'https://elsewhere.example/2')]))).toEqual([
      'A',
      'B',
    ]);
  });

  it('keeps only its own posting when the others are related jobs with their own pages', () => {
    const head = ld([
      posting('Data Engineer', URL),
      posting('Analytics Engineer', 'https://job-boards.greenhouse.io/acme/jobs/2'),
    ]);
    expect(titles(head)).toEqual(['Data Engineer']);
  });

  it('gives none on a page listing postings whose own pages it links to (search results)', () => {
    const others = ['https://jobs.example/a/1', 'https://jobs.example/a/2', 'https://jobs.example/a/3'];
    const head = ld(others.map((u, i) => posting(`Job ${i}`, u)));
    const body = others.map((u, i) => `<a href="${u.replace('https://jobs.example', '')}">Job ${i}</a>`).join('');
    expect(extractPostings(page(head, body), 'https://jobs.example/search?q=x')).toEqual([]);
    // The same postings without the links to them: the page's own.
    expect(extractPostings(page(head), 'https://jobs.example/search?q=x')).toHaveLength(3);
  });
});
