import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '@/lib/extract/read-page';
import { SITE_READING, type SiteReading } from '@/lib/extract/site-reading';
import { startDetection } from '@/lib/page/detector';

// Runs on the job sites of lib/extract/job-sites.ts: wxt.config.ts puts them
// in the manifest, each site's entry with its reader's script first
// (entrypoints/site-reader.ts), so the list and the readers are not bundled
// here. Where no such script ran (the every-site registration), structured
// data alone is read.
export default defineContentScript({
  registration: 'manifest',
  runAt: 'document_idle',
  main(ctx) {
    const offered = (globalThis as Record<symbol, SiteReading | undefined>)[SITE_READING];
    const site = typeof offered?.read === 'function' ? offered : undefined;
    startDetection(ctx, { extract: (doc, href) => readPage(doc, href, { site }) });
  },
});
