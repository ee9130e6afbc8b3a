import type { SiteReader } from './types';

/** Reed (reed.co.uk): the job page (/jobs/title/N), parts named by data-qa attributes. */
export const reed: SiteReader = {
  name: 'reed',
  host: /(^|\.)reed\.co\.uk$/,
  page: /^\/jobs\/[^/]+\/\d+/,
  id: /^\/jobs\/[^/]+\/(\d+)/,
  title: '[data-qa="job-title"]|h1',
  company: '[data-qa="job-posted-by"] a|[data-qa="job-posted-by"] span|[itemprop="hiringOrganization"] [itemprop="name"]',
  location: '[data-qa="job-location"]|[data-qa="job-metadata-location"]',
  salary: '[data-qa="job-salary"]|[data-qa="job-metadata-salary"]',
  description: '[data-qa="job-description"]|[itemprop="description"]',
};

export default reed;
