import type { SiteReader } from './types';

/**
 * Indeed, every country: the job page (/viewjob?jk=) and the search page's
 * pane for the job named by ?vjk= (or shown before the address says so).
 * Anchors: the job key in the URL,
 * #jobDescriptionText and the data-testid attributes of the header, which
 * have outlived several redesigns. The pane's own heading ("Full job
 * description", #jobDescriptionTitle) is never the title.
 */
export const indeed: SiteReader = {
  name: 'indeed',
  host: /(^|\.)indeed\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/,
  id: /[?&](?:vjk|jk)=(\w+)/,
  link: 'https://{host}/viewjob?jk={id}',
  pane: '#jobsearch-ViewjobPaneWrapper|.jobsearch-ViewJobLayout|#viewJobSSRRoot|body',
  title:
    '[data-testid="jobsearch-JobInfoHeader-title"]|[data-testid="simpler-jobTitle"]|.jobsearch-JobInfoHeader-title|h1:not(#jobDescriptionTitle)',
  titleNoise: /\s*-\s*job post$/i,
  company:
    '[data-testid="inlineHeader-companyName"] a|[data-testid="inlineHeader-companyName"]|[data-company-name="true"]|.jobsearch-JobInfoHeader-companyNameSimple',
  location:
    '[data-testid="inlineHeader-companyLocation"]|[data-testid="job-location"]|[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  salary: '#salaryInfoAndJobType span|[data-testid="jobsearch-OtherJobDetailsContainer"] [class*="salary"]',
  description: '#jobDescriptionText|[data-testid="jobDetailDescription"]',
};

export default indeed;
