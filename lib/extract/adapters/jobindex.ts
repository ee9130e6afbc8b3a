import type { SiteReader } from './types';

/**
 * Jobindex (jobindex.dk): its own job pages (/vis-job/h1234567, /jobannonce/...);
 * most ads link out to the employer's site, which a site reader cannot know.
 */
export const jobindex: SiteReader = {
  name: 'jobindex',
  host: /(^|\.)jobindex\.dk$/,
  page: /^\/(?:vis-job|jobannonce)\//,
  id: /^\/(?:vis-job|jobannonce)\/([a-z]?\d+)/,
  title: '.jobtext-jobad__title|h1',
  company: '.jobtext-jobad__company|[itemprop="hiringOrganization"]',
  location: '.jobtext-jobad__area|.jix_robotjob--area',
  description: '.jobtext-jobad__body|.jobtext-jobad',
  drop: '.jobtext-jobad__header|.jobad-element-menu|button',
};

export default jobindex;
