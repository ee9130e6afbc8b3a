import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDetection } from '@/lib/page/detector';

// Runs on the job sites of lib/extract/job-sites.ts: wxt.config.ts puts them
// in the manifest, so the list is not bundled here.
export default defineContentScript({
  registration: 'manifest',
  runAt: 'document_idle',
  main(ctx) {
    startDetection(ctx);
  },
});
