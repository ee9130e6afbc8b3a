import type { SiteReader } from './types';

/** SEEK (Australia, New Zealand): the job page (/job/N) and search's split view (?jobId=N); every part has a data-automation name. */
export const seek: SiteReader = {
  name: 'seek',
  host: /(^|\.)seek\.(?:com\.au|co\.nz)$/,
  page: /^\/job\/\d+|[?&]jobId=\d+/,
  id: /(?:^\/job\/|[?&]jobId=)(\d+)/,
  link: 'https://{host}/job/{id}',
  pane: '[data-automation="splitViewJobDetailsWrapper"]|[data-automation="jobDetailsPage"]|body',
  title: '[data-automation="job-detail-title"]|h1',
  company: '[data-automation="advertiser-name"]',
  location: '[data-automation="job-detail-location"]',
  salary: '[data-automation="job-detail-salary"]',
  description: '[data-automation="jobAdDetails"]',
};

export default seek;
