import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractHeuristic } from '@/lib/extract/fallback';
import { readPage } from '@/lib/extract/read-page';
import { startDetection } from '@/lib/page/detector';

/**
 * Injected by the popup's "Analyze this page" (activeTab + scripting) into a
 * page no content script covers. Structured data first, then Readability.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { __crossroadsAnalyze?: () => void };
  scope.__crossroadsAnalyze?.();
  const ctx = new ContentScriptContext('analyze');
  scope.__crossroadsAnalyze = startDetection(ctx, {
    extract: (doc, href) => {
      const found = readPage(doc, href);
      return found.length > 0 ? found : extractHeuristic(doc, href);
    },
  });
});
