import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CHECK_IN_MINUTES } from '@/lib/assess/check-in';
import { handleRequest } from '@/lib/background/handle-request';
import { pendingPostings } from '@/lib/background/pending';
import { rateLimit, rateLimitPer } from '@/lib/background/rate-limit';
import { tabPostingsIn } from '@/lib/background/tab-postings';
import { db } from '@/lib/db/database';
import { getSetting } from '@/lib/db/settings';
import { JOB_SITE_EXCLUDES, JOB_SITE_MATCHES } from '@/lib/extract/job-sites';
import { t } from '@/lib/i18n/t';
import {
  hasEverySiteAccess,
  listen,
  onFirstInstall,
  onTabRemoved,
  openDashboard,
  openWelcome,
  sendToTab,
} from '@/lib/messages/channel';
import { nextCheckIn, scheduleCheckIn, wireCheckIn } from '@/lib/messages/check-in-reminder';
import { JOBS_SCRIPT } from '@/lib/page/script-path';

const EVERYWHERE_ID = 'crossroads-every-site';

/** Runs the job-site content script on every site while the optional permission is granted. */
async function syncEverySiteScript(): Promise<void> {
  const granted = await hasEverySiteAccess();
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: EVERYWHERE_ID,
        matches: ['*://*/*'],
        // Job sites have their own entry; their back offices and account pages get nothing.
        excludeMatches: [...JOB_SITE_MATCHES, ...JOB_SITE_EXCLUDES],
        js: [JOBS_SCRIPT],
        runAt: 'document_idle',
      },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [EVERYWHERE_ID] });
  }
}

export default defineBackground(() => {
  // Registered first, in the worker's first turn: the install event is not replayed for a late listener.
  onFirstInstall(() => void openWelcome().catch((e: unknown) => console.warn('Crossroads: welcome page', e)));
  // Session storage outlives the service worker's naps but not the browser session, like tab ids.
  const tabs = tabPostingsIn(browser.storage.session);
  // Counted in postings classified, not reports: a person flicking through a job list sees a few dozen postings in
  // ten seconds; a page renaming its fifty postings every 300 ms gets four reports' worth.
  const analyzing = rateLimitPer(200, 10_000);
  const deps = {
    db: db(),
    tabs,
    pending: pendingPostings(),
    openAssessment: () => openDashboard('#assess'),
    // Three tabs a minute is more than a person clicks, and far less than a page could flood.
    mayOpenTab: rateLimit(3, 60_000),
    mayAnalyze: analyzing.allow,
    toTab: sendToTab,
    newToken: () => crypto.randomUUID(),
  };
  listen((message, sender) => handleRequest(message, sender, deps));
  onTabRemoved((tabId) => {
    analyzing.forget(tabId);
    void tabs.remove(tabId);
  });
  const sync = () => void syncEverySiteScript().catch((e: unknown) => console.warn('Crossroads: every-site detection', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
  // The check-in reminder, when the user turned it on (its permissions may come later, when they do).
  const checkIn = () =>
    wireCheckIn({ title: t('checkInNotifyTitle'), message: t('checkInNotifyText') }, () => void openDashboard('#check-in'));
  checkIn();
  browser.permissions.onAdded.addListener(checkIn);
  // Browsers may drop alarms on a restart or an update: a reminder the user turned on is set again.
  void getSetting(deps.db, 'checkInEvery')
    .then(async (every) => {
      if (every && (await nextCheckIn()) === undefined) await scheduleCheckIn(CHECK_IN_MINUTES[every]);
    })
    .catch((e: unknown) => console.warn('Crossroads: check-in reminder', e));
});
