import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { extractPostings } from '@/lib/extract';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const load = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));

/**
 * Pages that hold no single posting, at the addresses they reproduce: the
 * content script and "Analyze this page" both say so rather than invent one.
 */
const ADDRESSES = JSON.parse(readFileSync(resolve(FIXTURES, 'addresses.json'), 'utf8')) as Record<string, Record<string, string>>;
const NON_JOB_PAGES = Object.entries(ADDRESSES.none ?? {});
const WHAT: Record<string, string> = {
  'indeed/search-no-selected-job.html': 'search results, no job selected',
  'seek/search-no-selected-job.html': 'search results, no job selected',
  'linkedin/search-spa.html': 'search results whose details pane has not rendered',
  'jobs-ch/search-results.html': 'search results with a JobPosting for every result',
  'greenhouse/board-listing.html': 'a board listing its openings',
  'career-site/careers-listing.html': 'a careers page listing openings',
  'career-site/company-about.html': 'a company page',
  'career-site/article-about-job-descriptions.html': 'an article with every section a posting has',
  'career-site/personal-cv.html': 'a CV, whose sections (Profile, Experience, Skills) a posting shares',
  'linkedin/login-wall.html': 'a login wall at a job address',
  'linkedin/feed-to-job-spa.html': 'the LinkedIn feed, with a job card',
  'indeed/bot-check.html': 'a bot check at a job address',
  'glassdoor/bot-check.html': 'a bot check at a job address',
};

describe('pages without a single posting', () => {
  it('covers every kind of page the reader must refuse', () => {
    expect(NON_JOB_PAGES.map(([file]) => WHAT[file] ?? file).sort()).toEqual(Object.values(WHAT).sort());
  });

  it.each(NON_JOB_PAGES)('%s gives none', (file, url) => {
    expect(extractPostings(load(file), url), WHAT[file]).toEqual([]);
  });

  it.each(NON_JOB_PAGES)('%s gives none to "Analyze this page" either', (file, url) => {
    expect(extractPostings(load(file), url, { analyze: true }), WHAT[file]).toEqual([]);
  });
});

describe('the committed fixture pages', () => {
  it('each have their address in tests/fixtures/addresses.json', () => {
    const listed = new Set([
      ...Object.keys(ADDRESSES.postings ?? {}),
      ...Object.keys(ADDRESSES.analyze ?? {}),
      ...Object.keys(ADDRESSES.none ?? {}),
    ]);
    const pages = readdirSync(FIXTURES, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !pages.includes(f))).toEqual([]);
  });
});
