import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '@/lib/extract/read-page';
import { siteFor } from '@/lib/extract/sites';
import { startDetection } from '@/lib/page/detector';
import { isolatedLifecycle } from '@/lib/page/lifecycle';

/**
 * Injected by the popup's "Analyze this page" (activeTab + scripting) into a
 * page no content script covers: structured data, the site's reader if one
 * knows the site, then the reader for pages without structured data, which
 * says so when the page holds no single posting. Run again, it stops the
 * previous run (lib/page/lifecycle.ts).
 */
export default defineUnlistedScript(() => {
  startDetection(isolatedLifecycle('crossroadsAnalyze'), {
    script: 'analyze',
    extract: (doc, href) => readPage(doc, href, { site: siteFor(new URL(href).hostname, true) }),
  });
});
