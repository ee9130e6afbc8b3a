import type { SiteReader } from './types';

/** BambooHR career sites (company.bamboohr.com/careers/N): a client-rendered page, anchors by data-qa where it has them. */
export const bamboohr: SiteReader = {
  name: 'bamboohr',
  host: /\.bamboohr\.com$/,
  page: /^\/careers\/\d+|^\/jobs\/view\.php/,
  id: /^\/careers\/(\d+)|[?&]id=(\d+)/,
  title: '[data-qa="job-title"]|.BambooHR-ATS-Jobs-Item h2|h2|h1',
  location: '[data-qa="job-location"]',
  description: '[data-qa="job-description"]|.BambooHR-ATS-Jobs-Description',
  drop: 'button|form',
  docTitle: /^(?<t>.+?) - (?<c>.+)$/,
};

export default bamboohr;
