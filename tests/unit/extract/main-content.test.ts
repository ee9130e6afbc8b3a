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
