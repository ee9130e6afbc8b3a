import type { BrowserContext, Page, Worker } from 'playwright-core';

/**
 * Records every use of a network API (fetch, XHR, WebSocket, beacons, event
 * streams) in the extension's own pages and its service worker. Page requests
 * are already caught by the harness's routes; this catches the extension's.
 */
function install(): void {
  const g = globalThis as unknown as Record<string, unknown> & { __net?: string[] };
  if (g.__net) return;
  const log: string[] = [];
  g.__net = log;
  const note = (kind: string, url: unknown) => log.push(`${kind} ${String(url)}`);
  const realFetch = g.fetch as ((...a: unknown[]) => unknown) | undefined;
  if (realFetch)
    g.fetch = (...a: unknown[]) => {
      note('fetch', a[0]);
      return realFetch(...a);
    };
  const xhr = g.XMLHttpRequest as { prototype: { open: (...a: unknown[]) => unknown } } | undefined;
  if (xhr) {
    const open = xhr.prototype.open;
    xhr.prototype.open = function (this: unknown, ...a: unknown[]) {
      note('xhr', a[1]);
      return open.apply(this, a);
    };
  }
  for (const name of ['WebSocket', 'EventSource']) {
    const Real = g[name] as (new (...a: unknown[]) => unknown) | undefined;
    if (Real)
      g[name] = function (this: unknown, ...a: unknown[]) {
        note(name, a[0]);
        return new Real(...a);
      };
  }
  const nav = g.navigator as { sendBeacon?: (...a: unknown[]) => boolean } | undefined;
  if (nav?.sendBeacon) {
    const beacon = nav.sendBeacon.bind(nav);
    nav.sendBeacon = (...a: unknown[]) => {
      note('beacon', a[0]);
      return beacon(...a);
    };
  }
}

export async function spyOnExtensionNetwork(context: BrowserContext, worker: Worker): Promise<void> {
  await context.addInitScript(install);
  await worker.evaluate(install);
}

export async function networkCalls(pages: Page[], worker: Worker): Promise<string[]> {
  const read = () => (globalThis as unknown as { __net?: string[] }).__net ?? ['spy missing'];
  const calls = [...(await worker.evaluate(read))];
  // The extension's pages, and its badge and panel frames inside the job pages.
  for (const p of pages) {
    if (p.isClosed()) continue;
    for (const f of p.frames())
      if (!f.isDetached() && f.url().startsWith('chrome-extension://')) calls.push(...(await f.evaluate(read)));
  }
  return calls;
}
