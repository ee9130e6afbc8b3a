import type { SiteReader } from './types';

/** Lever (jobs.lever.co, jobs.eu.lever.co): a server-rendered template whose class names are its theme's stable hooks. */
export const lever: SiteReader = {
  name: 'lever',
  host: /^jobs\.(?:eu\.)?lever\.co$/,
  page: /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27}/,
  id: /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f-]{27})/,
  title: '.posting-headline h2|.posting-header h2',
  location: '.posting-categories .location|.posting-category.location',
  salary: '[data-qa="salary-range"]',
  // The introduction, each titled section and the closing, without the apply buttons between them.
  description:
    '[data-qa="job-description"],.posting-page .section-wrapper .section.page-centered:not(.posting-header):not(.last-section-apply):not([data-qa="job-description"])|.posting-page .content',
  drop: '.postings-btn-wrapper|[data-qa="btn-apply-bottom"]|button',
  // "Quillstream - Staff Software Engineer"
  docTitle: /^(?<c>.+?) - (?<t>.+)$/,
};

export default lever;
