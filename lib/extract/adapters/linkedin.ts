import type { SiteReader } from './types';

/**
 * LinkedIn: the public (guest) job view, the signed-in job view, and search
 * or collections with the job named by ?currentJobId beside the list. Class
 * names change and some are generated, so this leans on what has stayed
 * put: the job id in the URL, the guest view's top-card and show-more hooks,
 * #job-details, the details pane's h1 and company links to /company/.
 */
export const linkedin: SiteReader = {
  name: 'linkedin',
  host: /(^|\.)linkedin\.com$/,
  page: /\/jobs\/view\/|[?&]currentJobId=\d/,
  id: /(?:\/jobs\/view\/(?:[^/?]*-)?|[?&]currentJobId=)(\d{5,})/,
  link: 'https://www.linkedin.com/jobs/view/{id}/',
  // On search, only the details pane: the list beside it holds other jobs' titles.
  pane: '.jobs-search__job-details--container|.scaffold-layout__detail|.job-view-layout|main|body',
  title:
    '.job-details-jobs-unified-top-card__job-title h1|.jobs-unified-top-card__job-title|h1.top-card-layout__title|h1.topcard__title|h1',
  company:
    '.job-details-jobs-unified-top-card__company-name a|.job-details-jobs-unified-top-card__company-name|a.topcard__org-name-link|.topcard__flavor a|a[href*="/company/"]',
  location:
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text|.topcard__flavor--bullet|[class*="primary-description"] span',
  description: '#job-details|.jobs-description__content|.show-more-less-html__markup|.description__text',
  // Its own heading over every description ("About the job") and the show-more buttons.
  drop: '#job-details > h2:first-child|button',
};

export default linkedin;
