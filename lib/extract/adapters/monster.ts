import type { SiteReader } from './types';

/** Monster job pages (/job-openings/): no reader of its own yet; the reader for pages without structured data reads them, and never takes the board's name for the company's. */
export const monster: SiteReader = { name: 'monster', host: /(^|\.)monster\.com$/ };

export default monster;
