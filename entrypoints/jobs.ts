import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '@/lib/extract/read-page';
import { SITE_READING, type SiteReading } from '@/lib/extract/site-reading';
import { startDetection } from '@/lib/page/detector';
import { isolatedLifecycle } from '@/lib/page/lifecycle';

// The job-site content script. Built as an unlisted script and declared in the
// manifest by wxt.config.ts, each site's entry with its reader's script first
// (entrypoints/site-reader.ts), so the list and the readers are not bundled
// here; it runs its own lifecycle, so nothing announces it to the page. Where
// no such script ran (the every-site registration), structured data alone is read.
export default defineUnlistedScript(() => {
  const offered = (globalThis as Record<symbol, SiteReading | undefined>)[SITE_READING];
  const site = typeof offered?.read === 'function' ? offered : undefined;
  startDetection(isolatedLifecycle('crossroadsJobs'), { extract: (doc, href) => readPage(doc, href, { site }) });
});
