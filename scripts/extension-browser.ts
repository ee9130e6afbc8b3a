import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');
/** The test build that holds an activeTab-like grant for one host (see wxt.config.ts). */
export const ACTIVETAB_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3-activetab');
/** The test build that holds the optional every-site permission as granted (see wxt.config.ts). */
export const EVERYSITE_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3-everysite');
export const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL something asked for that no route served: must stay empty. */
  unrouted: string[];
  /** Serves a fixture file at a real job-site URL. */
  serve(url: string, fixture: string): void;
  serveHtml(url: string, html: string): void;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, and a network that answers only
 * what a test routed: real job-site URLs serve fixture pages, so the real
 * match patterns run, and anything else is refused and recorded.
 */
export async function launchExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<Harness> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  const routes = new Map<string, string>();
  const unrouted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files are local, not network.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = routes.get(url) ?? routes.get(url.replace(/#.*$/, ''));
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      unrouted.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    unrouted,
    serve: (url, fixture) => routes.set(url, readFileSync(resolve(FIXTURES, fixture), 'utf8')),
    serveHtml: (url, html) => routes.set(url, html),
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Opens the popup as the user would see it for a given tab: the popup reads
 * "the active tab", so the job page is brought to the front first and the
 * popup is loaded in a background page of the same window with the tab id.
 */
export async function openPopupFor(h: Harness, jobPage: Page): Promise<Page> {
  await jobPage.bringToFront();
  // Without the "tabs" permission the worker cannot see URLs, only which tab is active.
  const tabId = await h.worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tabs[0]?.id;
  });
  if (tabId === undefined) throw new Error('No active tab to open the popup for');
  return h.extensionPage(`popup.html?tab=${tabId}`);
}
