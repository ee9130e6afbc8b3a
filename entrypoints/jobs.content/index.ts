import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOB_SITE_MATCHES } from '@/lib/extract/job-sites';
import { startDetection } from '@/lib/page/detector';

export default defineContentScript({
  matches: [...JOB_SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startDetection(ctx);
  },
});
