import type { PagePosting } from '../../model/posting';
import { elementHtml, first, lineText, paneAround } from '../dom-text';
import type { SiteAdapter } from './types';

/**
 * LinkedIn when signed in: a single-page app whose job views carry no JSON-LD.
 * /jobs/view/N/ shows one posting; /jobs/search/ and /jobs/collections/ show
 * the one named by ?currentJobId=N beside the list. Class names change and
 * some are generated, so this leans on what has stayed put: the job id in the
 * URL, the #job-details description container, the h1 of the details pane,
 * and company links to /company/.
 */

const DESCRIPTION = [
  '#job-details',
  '.jobs-description__content',
  '.jobs-description-content__text',
  '[class*="jobs-description"] article',
];

function jobId(url: URL): string | undefined {
  return url.searchParams.get('currentJobId') ?? url.pathname.match(/\/jobs\/view\/(?:[^/]*-)?(\d{5,})/)?.[1] ?? undefined;
}

export const linkedinAdapter: SiteAdapter = {
  name: 'linkedin',
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && url.pathname.startsWith('/jobs/'),
  extract(doc, url): PagePosting[] {
    const id = jobId(url);
    const description = first(doc, DESCRIPTION);
    if (!id || !description) return [];
    const pane = paneAround(description, 'h1') ?? doc.body;
    const heading = first(pane, ['.job-details-jobs-unified-top-card__job-title h1', 'h1', 'h2']);
    const title = lineText(heading);
    if (!title) return [];
    const company = lineText(
      first(pane, ['.job-details-jobs-unified-top-card__company-name a', 'a[href*="/company/"]', '[class*="company-name"]']),
    );
    const location = lineText(
      first(pane, [
        '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
        '[class*="primary-description"] span',
      ]),
    );
    // LinkedIn heads every description with the same "About the job": not the posting's words.
    const html = elementHtml(description).replace(/^\s*<h2[^>]*>\s*About the job\s*<\/h2>/i, '');
    return [
      {
        id: `linkedin:${id}`,
        url: `https://www.linkedin.com/jobs/view/${id}/`,
        title,
        company,
        locations: location ? [location] : [],
        employmentType: '',
        datePosted: '',
        remote: /\bremote\b/i.test(lineText(pane.querySelector('[class*="job-insight"], [class*="fit-level-preferences"]'))),
        salary: '',
        description: html,
        source: 'linkedin',
        confidence: 0.85,
      },
    ];
  },
};
