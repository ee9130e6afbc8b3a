import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type Locator, type Page, type Worker } from 'playwright-core';
import { findChromium, whyNoChromium } from './chromium';

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
 * A browser whose UI speaks `language` (a BCP 47 tag such as de-DE), as far as
 * Chromium can be told so from outside. `--lang` sets the application locale,
 * which picks the extension's _locales (in headless and headful runs alike);
 * on Linux a headful Chromium reads LANGUAGE instead. Debian's chromium ships
 * only en-US.pak (the others are in chromium-l10n), and without a locale's
 * pak Chromium keeps en-US as its own UI language: i18n.getUILanguage() then
 * answers en-US while _locales speaks German. Playwright's locale (the
 * pages' language emulated over CDP, Accept-Language, navigator.language)
 * makes getUILanguage() in extension pages answer it too, as a browser in
 * that language does; the service worker still answers en-US, which
 * lib/i18n/format.ts reads past (it follows the words' language).
 */
function browserLanguage(language: string) {
  return { locale: language, env: { ...process.env, LANGUAGE: language.replace('-', '_') } };
}

/**
 * Chromium with the built extension loaded, and a network that answers only
 * what a test routed: real job-site URLs serve fixture pages, so the real
 * match patterns run, and anything else is refused and recorded.
 */
export async function launchExtension(
  opts: { headless?: boolean; extensionDir?: string; keepWelcome?: boolean; userDataDir?: string; language?: string } = {},
): Promise<Harness> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(whyNoChromium());
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 860 },
    ...(opts.language ? browserLanguage(opts.language) : {}),
    args: [
      // Chromium's UI locales are languages (de, fr, es) bar a few (en-GB, pt-BR): --lang=de-DE leaves it in English.
      ...(opts.language ? [`--lang=${opts.language.split('-')[0]}`] : []),
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
  const welcome = context
    .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 })
    .catch(() => undefined);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async () => {
      await context.close();
      throw new Error(
        `${executablePath} started but did not load the extension from ${dir} within 15 s. Is it built (npm run build)? ` +
          'Branded Google Chrome 137 and later ignore --load-extension: use Chromium or Chrome for Testing (README.md, "Run it").',
      );
    }));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install: the welcome page opens once. Tests start without it, unless they ask for it.
  if (!opts.keepWelcome) await (await welcome)?.close();
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

/**
 * The badge and panel are extension pages framed inside closed shadow roots
 * (docs/ARCHITECTURE.md): no selector of the page reaches them, as no page
 * script can. Tests find them the way the browser lists a page's frames.
 */
export interface ShownBadge {
  frame: Frame;
  button: Locator;
  /** Its accessible name: "Crossroads: Leadership role, fit 82 of 100. Show why". */
  name: string;
}

const framesOf = (page: Page, file: string) => page.frames().filter((f) => !f.isDetached() && f.url().includes(`/${file}#`));

/** The badges shown on the page now (sized and visible), in the page's order of frames. */
export async function shownBadges(page: Page): Promise<ShownBadge[]> {
  const out: ShownBadge[] = [];
  for (const frame of framesOf(page, 'badge.html')) {
    try {
      const element = await frame.frameElement();
      if (!(await element.isVisible())) continue;
      const button = frame.getByRole('button');
      if ((await button.count()) !== 1) continue;
      out.push({ frame, button, name: (await button.getAttribute('aria-label')) ?? '' });
    } catch {
      // Detached while we looked: the page moved on.
    }
  }
  return out;
}

/** Waits for a shown badge whose name matches (by default any: French puts a no-break space before the colon), and returns it. */
export async function waitForBadge(page: Page, name: RegExp = /^Crossroads\s?: /, timeout = 15_000): Promise<ShownBadge> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = (await shownBadges(page)).find((b) => name.test(b.name));
    if (found) return found;
    if (Date.now() > until) throw new Error(`No badge named ${name} within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** The open panel's frame, if one is shown. */
export async function shownPanel(page: Page): Promise<Frame | undefined> {
  for (const frame of framesOf(page, 'panel.html')) {
    try {
      if (await (await frame.frameElement()).isVisible()) return frame;
    } catch {}
  }
  return undefined;
}

/**
 * The panel has its posting (or its failure) and has stopped moving. Until the
 * page side has the frame's size (relayed through the background, slow on a
 * busy machine) the frame can still grow or move: a click aimed at it then
 * lands on the page, which closes the panel as a click outside would.
 */
async function settled(panel: Frame): Promise<boolean> {
  if ((await panel.getByRole('dialog').count()) !== 1) return false;
  if ((await panel.locator('#panel-verdict, .verdict[role="alert"]').count()) === 0) return false;
  const element = await panel.frameElement();
  const box = async () => JSON.stringify(await element.boundingBox());
  const first = await box();
  await panel.page().waitForTimeout(250);
  return first === (await box());
}

/** Clicks the badge as a user does and waits for its panel, ready to read (again with a new badge if the page replaced it). */
export async function openPanel(page: Page, badge?: ShownBadge, timeout = 15_000): Promise<Frame> {
  const until = Date.now() + timeout;
  let b = badge;
  for (;;) {
    try {
      if (!b || b.frame.isDetached()) b = await waitForBadge(page, /^Crossroads\s?: /, Math.max(1, until - Date.now()));
      await b.button.click({ timeout: Math.max(1, until - Date.now()) });
      // Clicked again only when no panel frame came of it (the click missed a badge that moved, say):
      // a second click while one is opening would close it.
      const missed = Date.now() + 3_000;
      while (Date.now() < until && !b.frame.isDetached()) {
        const panel = await shownPanel(page);
        if (panel && (await settled(panel))) return panel;
        if (Date.now() > missed && framesOf(page, 'panel.html').length === 0) break;
        await page.waitForTimeout(50);
      }
      if (b && !b.frame.isDetached()) continue;
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    if (Date.now() > until)
      throw new Error(
        `No panel within ${timeout} ms (${framesOf(page, 'panel.html').length} panel frames, ${framesOf(page, 'badge.html').length} badge frames)`,
      );
    b = undefined;
  }
}

/** Where a frame's element sits in the page: inside which heading, and its box (through the browser, not the page's scripts). */
export async function frameHost(
  frame: Frame,
): Promise<{ inHeading: boolean; box: { x: number; y: number; width: number; height: number } | null }> {
  const element = await frame.frameElement();
  const inHeading = await element.evaluate((el) => {
    const root = el.getRootNode();
    return root instanceof ShadowRoot && root.host.closest('h1, h2') !== null;
  });
  return { inHeading, box: await element.boundingBox() };
}
