import type { SiteReader } from './types';

/** Wellfound (formerly AngelList Talent) job pages: no reader of its own yet; the reader for pages without structured data reads them, and never takes the board's name for the company's. */
export const wellfound: SiteReader = { name: 'wellfound', host: /^wellfound\.com$/ };

export default wellfound;
