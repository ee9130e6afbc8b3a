import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import type { Envelope, Request, RequestType, ResponseOf, ToPage } from './protocol';

/**
 * The one module that talks to browser.runtime and browser.tabs. It imports
 * only types from the protocol, so the content script stays free of zod; the
 * background parses everything it receives.
 */

export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<ResponseOf<T>> | undefined;
  if (!envelope) throw new Error(t('errorNoAnswer'));
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.data;
}

export interface SenderInfo {
  /** The message came from this extension (content script or page), not another one. */
  sameExtension: boolean;
  /** The message came from one of our own pages (popup, dashboard, the badge and panel frames), not a content script. */
  fromExtensionPage: boolean;
  /** The tab the message came from, when it came from a tab. */
  tabId: number | undefined;
  /**
   * The sender's address as the browser reports it: the tab's current URL
   * (which follows a single-page site's navigation) for a top frame, the
   * frame's for a subframe. Postings are keyed by its site; what the page
   * says about itself is never trusted for that.
   */
  url: string | undefined;
  /** The frame in that tab: 0 for the top document, more for a frame inside it (our badge and panel frames). */
  frameId: number | undefined;
}

export type Handler = (message: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>;

export function listen(handler: Handler): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const info: SenderInfo = {
      sameExtension: sender.id === browser.runtime.id,
      fromExtensionPage: typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/')),
      tabId: sender.tab?.id,
      url: sender.frameId === 0 || sender.frameId === undefined ? (sender.tab?.url ?? sender.url) : sender.url,
      frameId: sender.frameId,
    };
    handler(message, info).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    // Keeps the channel open for the asynchronous answer.
    return true;
  });
}

/** The extension is still there: a content script outlives an update or uninstall, without its runtime. */
export function extensionAlive(): boolean {
  return Boolean(browser.runtime?.id);
}

/** An extension page's address as a content script may frame it (in Chrome, under the session's dynamic id). */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path as '/');
}

/** The background relays a frame's event to the content script of one frame of a tab. */
export async function sendToTab(tabId: number, frameId: number, message: ToPage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * In the content script: events relayed by the background. Only the extension
 * can send to a content script; pages cannot, so nothing here comes from the page.
 */
export function onRelayed(handler: (message: ToPage) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    const m = message as Partial<ToPage> | null;
    if (sender.id === browser.runtime.id && m?.type === 'crossroadsFrame' && typeof m.token === 'string' && m.event)
      handler(m as ToPage);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function onTabRemoved(callback: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => callback(tabId));
}

/**
 * Runs the on-demand analyzer in a tab ("Analyze this page"). Needs the
 * activeTab grant the user gives by opening the popup on that tab.
 */
export async function injectAnalyzer(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/analyze.js'] });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(
      /cannot be scripted|chrome:|about:|extensions gallery|webstore/i.test(reason)
        ? t('errorPageClosed')
        : t('errorCouldNotRead', reason),
    );
  }
}

/** Optional detection on every site: the permission itself is the setting, so they can never disagree. */
const EVERY_SITE = { origins: ['*://*/*'] };

export function hasEverySiteAccess(): Promise<boolean> {
  return browser.permissions.contains(EVERY_SITE);
}

/** Must run inside the user's click: the browser shows its own permission prompt. */
export function requestEverySiteAccess(): Promise<boolean> {
  return browser.permissions.request(EVERY_SITE);
}

export function dropEverySiteAccess(): Promise<boolean> {
  return browser.permissions.remove(EVERY_SITE);
}

export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
}

/** The welcome page, in a tab of its own. */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

const WELCOMED_KEY = 'crossroadsWelcomed';

/**
 * Once, when the extension is first installed: not on an update, a browser
 * update or a reload in development. Chrome also reports an extension loaded
 * from the command line (--load-extension) as installed at every start, so a
 * flag in local storage keeps it to once per profile.
 */
export function onFirstInstall(callback: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.storage.local.get(WELCOMED_KEY).then(async (stored) => {
      if (stored[WELCOMED_KEY]) return;
      await browser.storage.local.set({ [WELCOMED_KEY]: true });
      callback();
    });
  });
}

const SYNC_KEY = 'crossroadsProfile';

/** The profile copy in the browser's sync storage (parsed by the caller), if any. */
export async function readSyncedProfile(): Promise<unknown> {
  return (await browser.storage.sync.get(SYNC_KEY))[SYNC_KEY];
}

export async function writeSyncedProfile(payload: unknown): Promise<void> {
  await browser.storage.sync.set({ [SYNC_KEY]: payload });
}

export async function clearSyncedProfile(): Promise<void> {
  await browser.storage.sync.remove(SYNC_KEY);
}
