import type { SiteReader } from './types';

/** Welcome to the Jungle (/fr/companies/x/jobs/y): data-testid on the header and on each section of the posting. */
export const welcomeToTheJungle: SiteReader = {
  name: 'welcometothejungle',
  host: /(^|\.)welcometothejungle\.com$/,
  page: /\/companies\/[^/]+\/jobs\/[^/?]+/,
  id: /\/companies\/([^/]+\/jobs\/[^/?]+)/,
  title: '[data-testid="job-header-title"]|h1|h2',
  company: '[data-testid="job-header-organization-title"]|[data-testid="job-header-organization-name"]',
  location: '[data-testid="job-header-location"]',
  description: '[data-testid="job-section-description"],[data-testid="job-section-experience"]|#the-position-section',
  drop: 'button',
  // "Développeur Senior Paiements - Lumen Pay - CDI à Paris"
  docTitle: /^(?<t>.+?) - (?<c>.+?) - /,
};

export default welcomeToTheJungle;
