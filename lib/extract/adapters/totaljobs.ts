import { stepstone } from './stepstone';
import type { SiteReader } from './types';

/** Totaljobs (and CWJobs) runs on StepStone's platform: the same data-at anchors, its own addresses (/job/title/company-job105012345). */
export const totaljobs: SiteReader = {
  ...stepstone,
  name: 'totaljobs',
  host: /(^|\.)(?:totaljobs|cwjobs)\.co(?:m|\.uk)$/,
  page: /^\/job\/.*job\d+/,
  id: /job(\d+)(?:[/?#]|$)/,
};

export default totaljobs;
