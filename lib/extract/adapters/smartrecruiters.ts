import type { SiteReader } from './types';

/** SmartRecruiters (jobs.smartrecruiters.com): schema.org microdata on its own elements, read here when the item is incomplete. */
export const smartrecruiters: SiteReader = {
  name: 'smartrecruiters',
  host: /^(?:jobs|careers)\.smartrecruiters\.com$/,
  page: /^\/[^/]+\/\d+/,
  id: /^\/[^/]+\/(\d+)/,
  title: 'h1[itemprop="title"]|h1.job-title|h1',
  company: '[itemprop="hiringOrganization"] [itemprop="name"]',
  location: '[itemprop="jobLocation"]|.job-details li',
  description: '.job-sections|[itemprop="description"]',
  docTitle: /^(?<t>.+?) \| (?<c>.+)$/,
};

export default smartrecruiters;
