import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/lib/cli/parse-html';
import { findTitleElement } from '@/lib/extract/title-anchor';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const load = (file: string) => parseHtmlDocument(readFileSync(resolve(FIXTURES, file), 'utf8'));

describe('the title the badge sits beside', () => {
  it("on a search page, is the selected job's pane, not its card in the list", () => {
    // Indeed: the card's h2 is the title exactly; the pane's h2 adds " - job post".
    const indeed = findTitleElement(load('indeed/search-pane-job-description-heading.html'), 'Site Coordinator, Night Shift');
    expect(indeed?.closest('#jobsearch-ViewjobPaneWrapper')).not.toBeNull();
    // SEEK: the card's h3 comes first in the page, the split view's h1 after it.
    const seek = findTitleElement(load('seek/search-split-view.html'), 'Transportation Analyst');
    expect(seek?.tagName).toBe('H1');
    expect(seek?.closest('[data-automation="splitViewJobDetailsWrapper"]')).not.toBeNull();
    // LinkedIn: the cards hold no heading; the pane's h1.
    const linkedin = findTitleElement(load('linkedin/search-selected-job.html'), 'Senior Planning Officer - Major Developments');
    expect(linkedin?.closest('.jobs-search__job-details--container')).not.toBeNull();
  });

  it('on a job page, is its heading', () => {
    expect(findTitleElement(load('reed/job.html'), 'Senior Paralegal - Litigation')?.getAttribute('data-qa')).toBe('job-title');
    expect(findTitleElement(load('greenhouse/job-boards-app-state.html'), 'Data Platform Lead')?.tagName).toBe('H1');
  });
});
