import type { SiteReader } from './types';

/** Teamtailor career sites (company.teamtailor.com/jobs/N-title): one heading, a prose block, the company in the title. */
export const teamtailor: SiteReader = {
  name: 'teamtailor',
  host: /^(?!app\.)[^.]+\.teamtailor\.com$/,
  page: /^\/jobs\/\d+/,
  id: /^\/jobs\/(\d+)/,
  title: '[data-job-title]|.block-job-header h1|h1',
  location: '[data-job-location]',
  description: '[data-controller*="job-description"]|.prose|.body-block',
  drop: 'button',
  // "Chef de Cuisine - Saltmarsh Oyster House"
  docTitle: /^(?<t>.+?) - (?<c>.+)$/,
};

export default teamtailor;
