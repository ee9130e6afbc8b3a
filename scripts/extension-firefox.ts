/**
 * Firefox with the built extension (.output/firefox-mv3) installed, and a
 * network that answers only what a test routed, as scripts/extension-browser.ts
 * does for Chromium.
 *
 * Two clients share one WebDriver session of the same Firefox:
 * - puppeteer-core over WebDriver BiDi installs the extension, opens job
 *   pages, routes their requests (setRequestInterception, request.respond)
 *   and moves the mouse: its clicks are synthesized by the browser itself,
 *   so they reach the badge and panel frames as a user's would.
 * - Marionette (scripts/marionette.ts) reads and operates the extension's own
 *   documents (the popup and dashboard at their moz-extension:// address, the
 *   badge and panel frames), which Firefox's BiDi does not expose.
 * The session is made through Marionette with a BiDi address, and puppeteer
 * joins it: its `session.new` is answered with that session.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ConnectionTransport, type HTTPRequest, type Page } from 'puppeteer-core';
import WebSocket from 'ws';
import { findFirefox, NO_FIREFOX_MESSAGE } from './firefox';
import { Marionette, type Ref } from './marionette';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/firefox-mv3');
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

export interface FirefoxHarness {
  browser: Browser;
  marionette: Marionette;
  /** moz-extension://<uuid>/ : fixed for the run by a preference, so tests can open the extension's pages. */
  origin: string;
  /** Every URL a page asked for that no route served: must stay empty. */
  unrouted: string[];
  /** Whether the welcome page opened on install (the harness closes it, as the Chromium one does). */
  welcomed: boolean;
  serve(url: string, fixture: string): void;
  /** Opens a job page in a new tab, its requests routed. */
  open(url: string): Promise<Page>;
  /** The Marionette handle of a page's tab. */
  handleOf(page: Page): Promise<string>;
  /** Opens one of the extension's pages in a new tab and leaves Marionette in it. */
  extensionPage(path: string): Promise<string>;
  close(): Promise<void>;
}

/** Preferences of the test profile: MV3 and unsigned add-ons on, nothing the browser fetches by itself. */
function preferences(addonId: string, uuid: string): Record<string, unknown> {
  return {
    'extensions.manifestV3.enabled': true,
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // Any free port: several test runs may share a machine. Firefox writes the one it took into the profile.
    'marionette.port': 0,
    'browser.shell.checkDefaultBrowser': false,
    // The tab's icon is the browser's own request, not the page's: it would be reported as unrouted.
    'browser.chrome.site_icons': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeout = 30_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`Firefox: no ${what} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Puppeteer over a BiDi socket of an existing session: its session.new gets that session back. */
async function joinSession(url: string, session: { sessionId: string; capabilities: object }): Promise<Browser> {
  const ws = new WebSocket(url);
  await new Promise((done, fail) => {
    ws.once('open', done);
    ws.once('error', fail);
  });
  const transport: ConnectionTransport = {
    send(message) {
      const m = JSON.parse(message) as { id: number; method: string };
      if (m.method === 'session.new') {
        const answer = { type: 'success', id: m.id, result: session };
        setImmediate(() => transport.onmessage?.(JSON.stringify(answer)));
        return;
      }
      ws.send(message);
    },
    close: () => ws.close(),
  };
  ws.on('message', (data) => transport.onmessage?.(String(data)));
  ws.on('close', () => transport.onclose?.());
  return puppeteer.connect({ transport, protocol: 'webDriverBiDi', defaultViewport: { width: 1280, height: 860 } });
}

export async function launchFirefoxExtension(opts: { extensionDir?: string } = {}): Promise<FirefoxHarness> {
  const dir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const executable = findFirefox();
  if (!executable) throw new Error(NO_FIREFOX_MESSAGE);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${dir}/manifest.json has no gecko id: build with npx wxt build -b firefox`);
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'crossroads-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(preferences(addonId, uuid))
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--marionette',
      '--remote-debugging-port',
      '0',
      // Lets Marionette open the extension's own pages (moz-extension://), which WebDriver refuses by default.
      '--remote-allow-system-access',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = join(profile, 'MarionetteActivePort');
    const port = await waitFor('Marionette port', () =>
      existsSync(portFile) && readFileSync(portFile, 'utf8') ? Number(readFileSync(portFile, 'utf8')) : undefined,
    );
    const marionette = await Marionette.connect(port);
    const session = await marionette.command<{ sessionId: string; capabilities: { webSocketUrl?: string } }>(
      'WebDriver:NewSession',
      { webSocketUrl: true, unhandledPromptBehavior: 'ignore', timeouts: { implicit: 0, pageLoad: 30_000, script: 30_000 } },
    );
    const bidiUrl = session.capabilities.webSocketUrl;
    if (!bidiUrl) throw new Error('Firefox gave no WebDriver BiDi address');
    const browser = await joinSession(bidiUrl, session);
    await browser.installExtension(dir);
    const origin = `moz-extension://${uuid}/`;
    // A fresh profile is a first install: the welcome page opens once. Tests start without it.
    let welcomed = false;
    for (const until = Date.now() + 10_000; !welcomed && Date.now() < until; ) {
      for (const handle of await marionette.windows()) {
        await marionette.switchToWindow(handle);
        if ((await marionette.value<string>('WebDriver:GetCurrentURL')) === `${origin}welcome.html`) {
          await marionette.closeWindow();
          welcomed = true;
          break;
        }
      }
      if (!welcomed) await new Promise((r) => setTimeout(r, 100));
    }

    const routes = new Map<string, string>();
    const unrouted: string[] = [];
    const route = (request: HTTPRequest) => {
      const url = request.url();
      // Inline data and the extension's own files are local, not network.
      if (/^(data|blob|moz-extension):/.test(url)) return void request.continue();
      const body = routes.get(url) ?? routes.get(url.replace(/#.*$/, ''));
      if (body !== undefined) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else {
        unrouted.push(url);
        void request.abort('blockedbyclient');
      }
    };
    const routed = async (page: Page) => {
      await page.setRequestInterception(true);
      page.on('request', route);
      return page;
    };

    const handleOf = async (page: Page) => {
      const mark = `crossroads-${randomUUID()}`;
      await page.evaluate((m) => {
        window.name = m;
      }, mark);
      for (const handle of await marionette.windows()) {
        await marionette.switchToWindow(handle);
        if ((await marionette.execute<string>('return window.name')) === mark) return handle;
      }
      throw new Error(`No window for ${page.url()}`);
    };
    return {
      browser,
      marionette,
      origin,
      unrouted,
      welcomed,
      serve: (url, fixture) => routes.set(url, readFileSync(resolve(FIXTURES, fixture), 'utf8')),
      async open(url) {
        const page = await routed(await browser.newPage());
        await page.goto(url);
        return page;
      },
      handleOf,
      async extensionPage(path) {
        // From a window that still exists: the last one Marionette was in may have been closed.
        const [any] = await marionette.windows();
        if (any) await marionette.switchToWindow(any);
        const handle = await marionette.newTab();
        await marionette.switchToWindow(handle);
        await marionette.navigate(`${origin}${path}`);
        return handle;
      },
      async close() {
        marionette.close();
        await browser.disconnect().catch(() => undefined);
        await kill();
      },
    };
  } catch (e) {
    await kill();
    throw e;
  }
}

/** The badge as a user sees it: the title it sits beside, and its name ("Crossroads: Leadership role. Show why"). */
export interface FirefoxBadge {
  frame: Ref;
  name: string;
  /** The text of the element the badge sits in, without the badge. */
  title: string;
}

/** Elements with nothing inside: the badge's and the panel's hosts are such, with a closed shadow root. */
const EMPTY_ELEMENTS = `return [...document.querySelectorAll('*')].filter((e) => e.childNodes.length === 0 &&
  !['head','title','base','img','br','hr','input','textarea','select','script','style','link','meta','iframe','svg','path','source','video','audio','canvas','wbr','td','th'].includes(e.localName));`;

/** The frames of one of our documents (badge.html, panel.html) shown in the current tab, with their hosts. */
export async function shownFrames(m: Marionette, file: string): Promise<Array<{ host: Ref; frame: Ref }>> {
  const out: Array<{ host: Ref; frame: Ref }> = [];
  for (const host of await m.execute<Ref[]>(EMPTY_ELEMENTS)) {
    const root = await m.shadowRoot(host);
    if (!root) continue;
    for (const frame of await m.findInShadow(root, 'iframe')) {
      const src = await m.property<string>(frame, 'src');
      if (!src.includes(`/${file}#`)) continue;
      const box = await m.rect(frame);
      if (box.width > 0 && box.height > 0) out.push({ host, frame });
    }
  }
  return out;
}

/** The badges shown in the current tab. */
export async function shownBadges(m: Marionette): Promise<FirefoxBadge[]> {
  const out: FirefoxBadge[] = [];
  for (const { host, frame } of await shownFrames(m, 'badge.html')) {
    const title = await m.execute<string>(
      `const host = arguments[0]; let text = '';
       for (const n of host.parentElement?.childNodes ?? []) if (n !== host) text += n.textContent;
       return text.replace(/\\s+/g, ' ').trim();`,
      [host],
    );
    await m.switchToFrame(frame);
    const name = await m.execute<string | null>(`return document.querySelector('button')?.getAttribute('aria-label') ?? null`);
    await m.switchToParentFrame();
    if (name) out.push({ frame, name, title });
  }
  return out;
}

/** Waits for a badge in the page's tab whose name matches. */
export async function waitForFirefoxBadge(
  h: FirefoxHarness,
  page: Page,
  name: RegExp = /^Crossroads: /,
  timeout = 15_000,
): Promise<FirefoxBadge> {
  const handle = await h.handleOf(page);
  const until = Date.now() + timeout;
  for (;;) {
    await h.marionette.switchToWindow(handle);
    const found = (await shownBadges(h.marionette)).find((b) => name.test(b.name));
    if (found) return found;
    if (Date.now() > until) throw new Error(`No badge named ${name} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Where an element inside a frame of the page sits in the page's window (CSS pixels of the viewport). */
async function pointIn(m: Marionette, frame: Ref, css: string, text?: string): Promise<{ x: number; y: number }> {
  const outer = await m.execute<[number, number]>('const r = arguments[0].getBoundingClientRect(); return [r.x, r.y];', [frame]);
  await m.switchToFrame(frame);
  try {
    const inner = await m.execute<[number, number] | null>(
      `const el = [...document.querySelectorAll(arguments[0])].find((e) => arguments[1] === null || e.textContent.trim() === arguments[1]);
       if (!el) return null;
       el.scrollIntoView({ block: 'nearest' });
       const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];`,
      [css, text ?? null],
    );
    if (!inner) throw new Error(`No ${css}${text ? ` “${text}”` : ''} in the frame`);
    return { x: outer[0] + inner[0], y: outer[1] + inner[1] };
  } finally {
    await m.switchToParentFrame();
  }
}

/** Clicks, with the browser's own mouse, an element inside a frame shown in the page. */
export async function clickInFrame(h: FirefoxHarness, page: Page, frame: Ref, css: string, text?: string): Promise<void> {
  // The browser's mouse lands in the tab in front, whichever page asked for it.
  await page.bringToFront();
  await h.marionette.switchToWindow(await h.handleOf(page));
  const { x, y } = await pointIn(h.marionette, frame, css, text);
  await page.mouse.click(x, y);
}

/** Runs a script in a frame shown in the current tab. */
export async function inFrame<T>(m: Marionette, frame: Ref, script: string, args: unknown[] = []): Promise<T> {
  await m.switchToFrame(frame);
  try {
    return await m.execute<T>(script, args);
  } finally {
    await m.switchToParentFrame();
  }
}

/** Waits until a script run in the current document returns something other than null or undefined. */
export async function poll<T>(m: Marionette, script: string, args: unknown[] = [], timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await m.execute<T | null>(script, args).catch(() => null);
    if (v !== null && v !== undefined) return v;
    if (Date.now() > until) {
      const shown = await m.execute<string>('return document.body?.innerText ?? ""').catch(() => '(unreadable)');
      throw new Error(`Timed out waiting for: ${script.slice(0, 160)}\nThe document shows: ${shown.slice(0, 600)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
