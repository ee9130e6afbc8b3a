import type { SiteReader } from './types';

/** ZipRecruiter job pages: no reader of its own yet; the reader for pages without structured data reads them, and never takes the board's name for the company's. */
export const ziprecruiter: SiteReader = { name: 'ziprecruiter', host: /(^|\.)ziprecruiter\.com$/ };

export default ziprecruiter;
