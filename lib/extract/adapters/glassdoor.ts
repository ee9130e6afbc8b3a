import type { SiteReader } from './types';

/**
 * Glassdoor: the job listing page and the search page's pane for the job
 * named by ?jl= (or shown before the address says so). data-test attributes first; the generated JobDetails_*
 * class names only as a last resort. Salaries shown are Glassdoor's own
 * estimates unless the employer gave one, so none is read from the page.
 */
export const glassdoor: SiteReader = {
  name: 'glassdoor',
  host: /(^|\.)glassdoor\.(?:com|co\.uk|de|fr|ca|com\.au|co\.in|ie|nl|es|it|ch|at|be|sg|com\.hk|co\.nz|com\.br|com\.mx)$/,
  id: /[?&]jl=(\d+)/,
  link: 'https://{host}/job-listing/?jl={id}',
  pane: '[data-test="job-details"]|[data-test="jobDetails"]|[class*="JobDetails_jobDetailsContainer"]|body',
  title: '[data-test="job-title"]|h1[id^="jd-job-title"]|h1',
  company: '[data-test="employer-name"]|[data-test="employerName"]|[class*="EmployerProfile_employerName"]',
  location: '[data-test="location"]|[data-test="emp-location"]',
  description:
    '[data-test="jobDescriptionContent"]|#JobDescriptionContainer|.jobDescriptionContent|[class*="JobDetails_jobDescription"]',
  drop: 'button',
};

export default glassdoor;
