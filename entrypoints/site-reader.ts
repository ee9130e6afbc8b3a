import reader from 'crossroads:site-reader';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SITE_READING, siteReading } from '@/lib/extract/site-reading';

/**
 * One site's reader, injected just before the job-site content script on that
 * site's pages (both in the same manifest entry, so in this order). Built once
 * per site of lib/extract/job-sites.ts: wxt.config.ts points
 * 'crossroads:site-reader' at lib/extract/adapters/<reader>.ts for each build.
 * It hands the reading over in the extension's isolated world, where the page
 * cannot reach it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[SITE_READING] = siteReading(reader);
});
