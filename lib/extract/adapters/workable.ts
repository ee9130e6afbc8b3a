import type { SiteReader } from './types';

/** Workable (apply.workable.com/company/j/CODE): data-ui attributes on the title and the description's three sections. */
export const workable: SiteReader = {
  name: 'workable',
  host: /(^|\.)workable\.com$/,
  page: /\/j\/[0-9A-F]{6,}/i,
  id: /\/j\/([0-9A-F]{6,})/i,
  title: '[data-ui="job-title"]|h1',
  company: '[data-ui="company-name"]',
  location: '[data-ui="job-location"]',
  description: '[data-ui="job-description"],[data-ui="job-requirements"],[data-ui="job-benefits"]',
  drop: 'button',
  // "Field Service Technician - Harlow Medical Devices"
  docTitle: /^(?<t>.+?) - (?<c>.+)$/,
};

export default workable;
