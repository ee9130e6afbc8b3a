import type { SiteReader } from './types';

/** Jobvite's hosted career sites (jobs.jobvite.com/company/job/ID): no reader of its own yet; the reader for pages without structured data reads them, and never takes the board's name for the company's. */
export const jobvite: SiteReader = { name: 'jobvite', host: /^jobs\.jobvite\.com$/ };

export default jobvite;
