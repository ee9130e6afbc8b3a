import type { SiteReader } from './types';

/** Breezy HR career sites (company.breezy.hr/p/ID): no reader of its own yet; the reader for pages without structured data reads them, and never takes the board's name for the company's. */
export const breezy: SiteReader = { name: 'breezy', host: /\.breezy\.hr$/ };

export default breezy;
