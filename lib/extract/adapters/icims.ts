import type { SiteReader } from './types';

/** iCIMS career portals (careers-*.icims.com): the posting's frame, with iCIMS_* classes the portal's themes keep. */
export const icims: SiteReader = {
  name: 'icims',
  host: /(^|\.)icims\.com$/,
  page: /\/jobs\/\d+\/[^/]+\/job/,
  id: /\/jobs\/(\d+)/,
  title: '.iCIMS_Header h1|h1.iCIMS_Header|.iCIMS_JobHeaderTitle|h1',
  location: '.iCIMS_JobHeaderField .iCIMS_JobHeaderData|[class*="iCIMS_JobHeaderTag"] dd',
  description: '.iCIMS_JobContent .iCIMS_InfoMsg_Job|.iCIMS_JobContent|#iCIMS_JobContent',
  drop: '.iCIMS_JobOptions|.iCIMS_PageFooter|button',
  // "Nurse Manager - 4 West in Columbus | Careers at St. Brennan Regional Medical Center"
  docTitle: /^(?<t>.+?)(?: in [^|]+)? \| Careers at (?<c>.+)$/,
};

export default icims;
