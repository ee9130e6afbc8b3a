import type { PagePosting } from '../../model/posting';
import { at, scriptValue, str } from '../app-state';
import type { SiteReader } from './types';

/** Ashby serves a spinner and `window.__appData`: the posting and the organisation are in it. */
function appData(doc: Document): Partial<PagePosting> | undefined {
  const data = scriptValue(doc, 'window.__appData =');
  const post = at(data, 'posting');
  if (!post) return undefined;
  const place = str(post.locationName);
  return {
    id: str(post.id),
    title: str(post.title),
    company: str(at(data, 'organization')?.name),
    locations: [place],
    employmentType: str(post.employmentType),
    remote: /remote/i.test(`${str(post.workplaceType)} ${place}`) || post.isRemote === true,
    salary: str(post.compensationTierSummary) || str(post.scrapeableCompensationSalarySummary),
    datePosted: str(post.publishedDate),
    description: str(post.descriptionHtml),
  };
}

/** Ashby (jobs.ashbyhq.com): the app data first; the rendered page's own hooks (ashby-job-posting-*) after hydration. */
export const ashby: SiteReader = {
  name: 'ashby',
  host: /^jobs\.ashbyhq\.com$/,
  page: /^\/[^/]+\/[0-9a-f]{8}-/,
  id: /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f-]{27})/,
  title: '.ashby-job-posting-heading|h1',
  description: '[class*="_descriptionText"]|.ashby-job-posting-description',
  // "Staff Software Engineer, Scheduling @ Stackyard"
  docTitle: /^(?<t>.+) @ (?<c>.+)$/,
  state: appData,
};

export default ashby;
