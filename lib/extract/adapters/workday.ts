import type { SiteReader } from './types';

/** Workday career sites: a client-rendered app whose parts carry data-automation-id attributes. */
export const workday: SiteReader = {
  name: 'workday',
  host: /\.myworkday(?:jobs|site)\.com$/,
  page: /\/job\//,
  // ".../job/Berlin/Tech-Lead-Manager--Search_R-10482": the requisition after the last underscore.
  id: /\/job\/[^?#]*_([A-Za-z]*-?\d[\w-]*)(?:[/?#]|$)/,
  pane: '[data-automation-id="jobDetails"]|[data-automation-id="job-posting-details"]|main|body',
  title: '[data-automation-id="jobPostingHeader"]|h2[data-automation-id="jobPostingHeader"]',
  location: '[data-automation-id="locations"] dd|[data-automation-id="locations"]',
  description: '[data-automation-id="jobPostingDescription"]',
};

export default workday;
