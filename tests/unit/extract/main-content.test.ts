import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { extractPostings } from '@/lib/extract';
import { readPage } from '@/lib/extract/read-page';
import { siteFor } from '@/lib/extract/sites';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const load = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));
const analyze = (file: string, url: string) => extractPostings(load(file), url, { analyze: true });

describe('the reader for pages without structured data', () => {
  it('reads a company career page on request, with low confidence', () => {
    const url = 'https://careers.pinecrest.example/jobs/accounting-supervisor';
    expect(extractPostings(load('career-site/no-structured-data.html'), url)).toEqual([]);
    const [p, ...more] = analyze('career-site/no-structured-data.html', url);
    expect(more).toEqual([]);
    expect(p?.source).toBe('heuristic');
    expect(p?.title).toBe('Accounting Supervisor');
    // From the document title's "Careers at Pinecrest Senior Living", cleaned of the label.
    expect(p?.company).toBe('Pinecrest Senior Living');
    expect(p?.confidence).toBeLessThanOrEqual(0.75);
    expect(p?.description).toContain('The Role');
    expect(p?.description).toContain('Pinecrest Senior Living is an equal opportunity employer.');
    for (const chrome of ['All rights reserved', 'Other openings', 'Payroll Specialist', 'Apply now', 'Contact'])
      expect(p?.description).not.toContain(chrome);
  });

  it('keeps the posting and leaves out the application form, its equal-opportunity questions and the sidebar', () => {
    const [p] = analyze(
      'career-site/wordpress-job-page.html',
      'https://www.whitakerlund.example/careers/senior-paralegal-litigation/',
    );
    expect(p?.title).toBe('Senior Paralegal – Litigation');
    expect(p?.company).toBe('Whitaker Lund LLP');
    expect(p?.description.startsWith('Whitaker Lund LLP is a 70-attorney')).toBe(true);
    expect(p?.description).toContain('Supervise, train and evaluate two junior paralegals');
    for (const chrome of [
      'Voluntary Self-Identification',
      'Decline to self-identify',
      'More open positions',
      'Litigation Associate',
      'We use cookies',
      'Attorney advertising',
      'Practice areas',
    ])
      expect(p?.description).not.toContain(chrome);
  });

  it('runs on job sites when the site reader finds no description, keeping what the reader still knows', () => {
    // LinkedIn's guest view with its description hooks renamed: the site reader misses the posting, the page's sections do not.
    const html = readFileSync(resolve(FIXTURES, 'linkedin/guest-no-structured-data.html'), 'utf8');
    const renamed = html.replace(/show-more-less-html__markup|description__text/g, 'renamed');
    const [p] = extractPostings(parseHtmlDocument(renamed), 'https://www.linkedin.com/jobs/view/4023456789/');
    expect(p?.source).toBe('heuristic');
    expect(p?.title).toBe('Program Coordinator, Youth Mentoring');
    expect(p?.company).toBe('Bridgeway Youth Services');
    expect(p?.description).toContain('Plan and facilitate weekly group mentoring sessions');
    expect(p?.description).not.toContain('Youth Program Manager');
  });

  it('never takes the board for the company', () => {
    // Every hook renamed and the company links gone: og:site_name says "LinkedIn", the board's name, not the employer's.
    const html = readFileSync(resolve(FIXTURES, 'linkedin/guest-no-structured-data.html'), 'utf8')
      .replace(
        /top-card-layout__title|topcard__title|topcard__org-name-link|topcard__flavor|show-more-less-html__markup|description__text/g,
        'renamed',
      )
      .replace(/href="https:\/\/www\.linkedin\.com\/company\/[^"]*"/g, 'href="#"');
    const [p] = extractPostings(parseHtmlDocument(html), 'https://www.linkedin.com/jobs/view/4023456789/');
    expect(p?.source).toBe('heuristic');
    expect(p?.title).toBe('Program Coordinator, Youth Mentoring');
    expect(p?.company).toBe('');
  });

  it('is not run on sites no reader knows unless asked (every-site detection reads structured data only)', () => {
    const doc = load('career-site/wordpress-job-page.html');
    const href = 'https://www.whitakerlund.example/careers/senior-paralegal-litigation/';
    expect(readPage(doc, href, { site: siteFor('www.whitakerlund.example') })).toEqual([]);
    expect(readPage(doc, href, { site: siteFor('www.whitakerlund.example', true) })).toHaveLength(1);
  });

  it('never throws into the page, whatever the document does', () => {
    const hostile = new Proxy(load('career-site/no-structured-data.html'), {
      get(target, key) {
        if (key === 'querySelectorAll' || key === 'querySelector' || key === 'body')
          return () => {
            throw new TypeError("Cannot read properties of null (reading 'tagName')");
          };
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const href = 'https://careers.pinecrest.example/jobs/accounting-supervisor';
    expect(() => readPage(hostile, href, { site: siteFor('careers.pinecrest.example', true) })).not.toThrow();
    expect(readPage(hostile, href, { site: siteFor('careers.pinecrest.example', true) })).toEqual([]);
    const empty = parseHtmlDocument('<!doctype html><html></html>');
    expect(readPage(empty, href, { site: siteFor('careers.pinecrest.example', true) })).toEqual([]);
  });
});

describe('the title and company of a page without structured data', () => {
  const page = (title: string, extra = '') =>
    parseHtmlDocument(
      `<!doctype html><html><head><title>${title}</title>${extra}</head><body><main><article><p>We are a regional grocer with 40 stores and 2,000 staff across the Midwest, family-owned since 1961 and still growing every year.</p><h2>Responsibilities</h2><ul><li>Lead the store team of 60 and own its budget</li><li>Hire, train and develop department managers</li></ul><h2>Requirements</h2><ul><li>Five years managing a grocery store</li><li>Strong people leadership and clear communication</li></ul><h2>Benefits</h2><p>Health insurance, 401(k) and paid time off from day one.</p><p><a href="/apply">Apply now</a></p></article></main></body></html>`,
    );
  const read = (doc: Document) => extractPostings(doc, 'https://careers.hearthside.example/jobs/42', { analyze: true })[0];

  it('takes the name from the document title, not its label', () => {
    expect(read(page('Store Manager | Careers | Hearthside Market'))).toMatchObject({
      title: 'Store Manager',
      company: 'Hearthside Market',
    });
    expect(read(page('Store Manager - Hearthside Market Careers'))).toMatchObject({ company: 'Hearthside Market' });
  });

  it('prefers the site name the page gives, cleaned of its label', () => {
    expect(read(page('Store Manager', '<meta property="og:site_name" content="Hearthside Market - Jobs">'))?.company).toBe(
      'Hearthside Market',
    );
  });

  it('refuses a search page titled as one', () => {
    expect(read(page('Store Manager Jobs, Employment in Dayton, OH'))).toBeUndefined();
  });
});
