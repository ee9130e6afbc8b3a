import type { SiteReader } from './types';

/**
 * StepStone's platform (StepStone, and Totaljobs in lib/extract/adapters/totaljobs.ts):
 * data-at attributes on every part. The salary block under the posting is
 * StepStone's own estimate, not the employer's words.
 */
export const stepstone: SiteReader = {
  name: 'stepstone',
  host: /(^|\.)stepstone\.(?:de|at|be|nl|fr)$/,
  page: /--\d+-inline\.html|\/stellenangebote--/,
  id: /--(\d+)-inline\.html/,
  title: '[data-at="header-job-title"]|h1',
  company: '[data-at="metadata-company-name"]|[data-at="header-company-name"]',
  location: '[data-at="metadata-location"]',
  salary: '[data-at="metadata-salary"]',
  description: '[data-at="job-ad-content"]',
  drop: '[data-at="job-ad-salary"]|[data-at="salary-block"]|button',
};

export default stepstone;
