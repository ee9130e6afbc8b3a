import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '@/lib/background/handle-request';
import { tabPostingsIn } from '@/lib/background/tab-postings';
import { db } from '@/lib/db/database';
import { listen, onTabRemoved } from '@/lib/messages/channel';

export default defineBackground(() => {
  // Session storage outlives the service worker's naps but not the browser session, like tab ids.
  const tabs = tabPostingsIn(browser.storage.session);
  const deps = { db: db(), tabs };
  listen((message, sender) => handleRequest(message, sender, deps));
  onTabRemoved((tabId) => void tabs.remove(tabId));
});
