import type { PagePosting } from '../../model/posting';
import { elementHtml, first, lineText, paneAround } from '../dom-text';
import type { SiteAdapter } from './types';

/**
 * Indeed's search results with their detail pane (/jobs?q=…&vjk=KEY, and
 * the same pane on /viewjob when JSON-LD is missing). Anchors: the job key
 * in the URL, #jobDescriptionText, and the data-testid attributes of the
 * header, which have outlived several redesigns.
 */

function jobKey(url: URL): string | undefined {
  return url.searchParams.get('vjk') ?? url.searchParams.get('jk') ?? undefined;
}

export const indeedAdapter: SiteAdapter = {
  name: 'indeed',
  matches: (url) => /(^|\.)indeed\.[a-z.]+$/.test(url.hostname),
  extract(doc, url): PagePosting[] {
    const key = jobKey(url);
    const description = doc.getElementById('jobDescriptionText');
    if (!key || !description) return [];
    const pane = paneAround(description, '[data-testid="jobsearch-JobInfoHeader-title"], h1, h2') ?? doc.body;
    const heading = first(pane, ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1', 'h2']);
    const title = lineText(heading).replace(/\s*-\s*job post$/i, '');
    if (!title) return [];
    const company = lineText(
      first(pane, [
        '[data-testid="inlineHeader-companyName"] a',
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name]',
      ]),
    );
    const location = lineText(first(pane, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]']));
    const salary = lineText(
      first(pane, ['#salaryInfoAndJobType span', '[data-testid="jobsearch-OtherJobDetailsContainer"] [class*="salary"]']),
    );
    const html = elementHtml(description);
    return [
      {
        id: `indeed:${key}`,
        url: `https://${url.hostname}/viewjob?jk=${encodeURIComponent(key)}`,
        title,
        company,
        locations: location ? [location] : [],
        employmentType: '',
        datePosted: '',
        remote: /\bremote\b/i.test(location),
        salary: salary.slice(0, 200),
        description: html,
        source: 'indeed',
        confidence: 0.85,
      },
    ];
  },
};
