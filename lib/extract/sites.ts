import { SITE_READERS } from './adapters';
import { type SiteReading, siteReading } from './site-reading';

/**
 * The reading of the site at this host, with every site reader at hand (for
 * Node, the CLI and "Analyze this page"): none for a site no reader knows,
 * unless the page is to be read anyway (anyPage, as "Analyze this page" does).
 */
export function siteFor(hostname: string, anyPage = false): SiteReading | undefined {
  const reader = SITE_READERS.find((r) => r.host.test(hostname));
  return reader || anyPage ? siteReading(reader) : undefined;
}

/** Whether a site reader knows this host: a job site. */
export const isJobSiteHost = (hostname: string): boolean => SITE_READERS.some((r) => r.host.test(hostname));
