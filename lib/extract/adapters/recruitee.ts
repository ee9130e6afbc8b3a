import type { SiteReader } from './types';

/** Recruitee career sites (company.recruitee.com/o/slug): generated class names only, so headings and sections. */
export const recruitee: SiteReader = {
  name: 'recruitee',
  host: /\.recruitee\.com$/,
  page: /^\/o\/[^/?]+/,
  id: /^\/o\/([^/?]+)/,
  title: '[data-testid="offer-title"]|header h1|h1',
  description: '[data-testid="offer-description"]|main section|section',
  drop: 'button|form',
  // "Senior Accountant, General Ledger - Tidewater Water Company"
  docTitle: /^(?<t>.+?) - (?<c>.+)$/,
};

export default recruitee;
