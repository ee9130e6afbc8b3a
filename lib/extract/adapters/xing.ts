import type { SiteReader } from './types';

/** XING job pages (/jobs/city-title-123456789): data-testid attributes on the header and the description. */
export const xing: SiteReader = {
  name: 'xing',
  host: /(^|\.)xing\.com$/,
  page: /^\/jobs\/[^/?]*-\d{5,}/,
  id: /^\/jobs\/[^/?]*-(\d{5,})/,
  title: '[data-testid="job-details-title"]|h1',
  company: '[data-testid="job-details-company-info-name"]|[data-testid="job-details-company-name"]',
  location: '[data-testid="job-fact-location"]|[data-testid="job-details-location"]',
  salary: '[data-testid="job-fact-salary"]',
  description: '[data-testid="expandable-content"]|[data-testid="job-description"]',
  drop: 'button',
};

export default xing;
