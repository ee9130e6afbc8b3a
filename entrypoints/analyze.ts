import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '@/lib/extract/read-page';
import { siteFor } from '@/lib/extract/sites';
import { startDetection } from '@/lib/page/detector';

/**
 * Injected by the popup's "Analyze this page" (activeTab + scripting) into a
 * page no content script covers: structured data, the site's reader if one
 * knows the site, then the reader for pages without structured data, which
 * says so when the page holds no single posting.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { __crossroadsAnalyze?: () => void };
  scope.__crossroadsAnalyze?.();
  const ctx = new ContentScriptContext('analyze');
  scope.__crossroadsAnalyze = startDetection(ctx, {
    extract: (doc, href) => readPage(doc, href, { site: siteFor(new URL(href).hostname, true) }),
  });
});
