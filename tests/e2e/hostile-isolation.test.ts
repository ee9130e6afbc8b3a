import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, shownBadges, shownPanel, waitForBadge } from '../../scripts/extension-browser';

/**
 * The page's side of the badge: a job site is a third party. It may read its
 * whole DOM, dispatch any event, define any element and rewrite any
 * built-in; it must learn nothing the user told Crossroads, drive none of its
 * buttons, see nothing of it where there is no posting, and switch none of it
 * off (issue 15: 15.1 to 15.3).
 */
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/specialist-leaning.json');
const JOB = 'https://job-boards.greenhouse.io/hostile/jobs/5001';
const OTHER_JOB = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const QUIET = 'https://job-boards.greenhouse.io/hostile/jobs';

const BODY =
  '<p>You will manage a team of 6 engineers, run hiring and performance reviews, and own the roadmap. You will not write production code.</p>';
const ld = (title: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title, description: BODY, hiringOrganization: { name: 'Acme' } })}</script>`;

/**
 * Runs before any other script of the page: records every shadow root
 * attached through the page's own built-ins (forced open), every custom
 * element the page can see, every message and every DOM change.
 */
const SPY = `<script>
  window.spied = { roots: [], messages: [], mutations: 0, events: [] };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, { ...init, mode: 'open' }); window.spied.roots.push(r); return r; };
  addEventListener('message', (e) => window.spied.messages.push(JSON.stringify(e.data)), true);
  new MutationObserver((m) => { window.spied.mutations += m.length; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
</script>`;

const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title>${SPY}${head}</head><body>${body}</body></html>`;

/** Everything a page script can read of its own document: text, markup, attributes, open shadow roots, frames. */
async function pageCanRead(p: Page): Promise<string> {
  return p.evaluate(() => {
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
      for (const a of el.attributes) parts.push(a.value);
    }
    for (const r of (window as unknown as { spied: { roots: ShadowRoot[] } }).spied.roots) parts.push(r.innerHTML);
    for (let i = 0; i < window.length; i++) {
      try {
        parts.push((window[i] as Window).document.documentElement.outerHTML);
      } catch {}
      try {
        parts.push((window[i] as Window).location.href);
      } catch {}
    }
    parts.push(...performance.getEntries().map((e) => e.name));
    return parts.join('\n');
  });
}

describe('a hostile page and the badge', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serveHtml(JOB, page(ld('Engineering Manager'), '<main><h1>Engineering Manager</h1></main>'));
    h.serve(OTHER_JOB, 'greenhouse/director-analytical-development.html');
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('cannot read the label, the fit, the reasons or the user’s answers, before or after the panel opens', async () => {
    const p = await h.context.newPage();
    await p.goto(JOB);
    const badge = await waitForBadge(p, /fit \d+ of 100/);
    const panel = await openPanel(p, badge);
    await panel.locator('summary').first().click();
    // What Crossroads shows, read through the browser's own view of the frames.
    const shown = [
      badge.name,
      (await badge.button.textContent()) ?? '',
      ...(await panel.locator('.title, .verdict, .signals, .reason, .quote, .answer').allTextContents()),
    ].filter((s) => s.trim().length > 3);
    // The posting's words the panel quotes are the page's own: what must stay out of reach is what Crossroads adds.
    const added = shown.filter((s) => !BODY.includes(s.trim()));
    expect(added.length).toBeGreaterThan(3);
    expect(shown.some((s) => /you agreed|you disagreed/i.test(s))).toBe(true);
    // Nor close it with forged presses outside or a forged Escape: only the user's own count.
    await p.evaluate(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await p.waitForTimeout(300);
    expect(await shownPanel(p)).toBe(panel);
    const readable = await pageCanRead(p);
    for (const text of added) expect(readable, text).not.toContain(text);
    expect(readable).not.toMatch(/fit \d+|chrome-extension:|Crossroads/);
    // Its own attachShadow saw nothing of ours, and no element it can reach has our root open.
    const spied = await p.evaluate(() => (window as unknown as { spied: { roots: unknown[] } }).spied.roots.length);
    expect(spied).toBe(0);
    expect(await p.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length)).toBe(0);
    expect(await p.evaluate(() => [window.length, document.querySelectorAll('iframe').length])).toEqual([0, 0]);
    await p.close();
  });

  it('cannot click Save, Dismiss, the badge or "Take the assessment" of the open panel, nor flood the browser with tabs', async () => {
    const other = await h.context.newPage();
    await other.goto(OTHER_JOB);
    const saved = await openPanel(other, await waitForBadge(other));
    await saved.getByRole('button', { name: 'Save' }).click();
    await saved.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const p = await h.context.newPage();
    await p.goto(JOB);
    // The user opens the panel: Save and Dismiss are there to press.
    const panel = await openPanel(p, await waitForBadge(p));
    const save = panel.getByRole('button', { name: 'Save', exact: true });
    expect(await save.isEnabled()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Dismiss' }).count()).toBe(1);
    const tabs = h.context.pages().length;
    // Everything a script can do to what it sees: clicks, keys, pointer events, forged relays, the runtime.
    const tried = await p.evaluate(async () => {
      const out: string[] = [];
      for (let round = 0; round < 10; round++) {
        for (const el of document.querySelectorAll<HTMLElement>('*')) {
          el.click();
          for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
            el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
        window.postMessage({ type: 'crossroadsFrame', token: 'x', event: { kind: 'toggle' } }, '*');
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      out.push(typeof runtime?.sendMessage);
      try {
        await fetch(`${location.origin}/`).catch(() => undefined);
      } catch {}
      return out;
    });
    expect(tried).toEqual(['undefined']);
    await p.waitForTimeout(800);
    // Still open, still unsaved: nothing the page did counted as the user's.
    expect(await shownPanel(p)).toBe(panel);
    expect(await save.isEnabled()).toBe(true);
    expect(h.context.pages().length).toBe(tabs);

    // Clickjacking: the page makes our hosts invisible (see-through, hidden, out of the top layer) and waits for
    // the user to click where Save is. The hosts are the elements it did not put there.
    const at = await save.boundingBox();
    if (!at) throw new Error('Save has no box');
    const hidden = await p.evaluate(() => {
      const hosts = [...document.querySelectorAll<HTMLElement>('html > span, h1 > span')];
      for (const host of hosts) {
        host.style.setProperty('opacity', '0', 'important');
        host.style.setProperty('pointer-events', 'auto', 'important');
        if (host.parentElement?.tagName === 'H1') host.style.setProperty('display', 'none', 'important');
        host.setAttribute('hidden', '');
      }
      return hosts.map((host) => host.parentElement?.tagName);
    });
    expect(hidden.sort()).toEqual(['H1', 'HTML']);
    await p.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await p.waitForTimeout(800);
    // The status the user set on the other posting stands, and this one was not saved.
    const dash = await h.extensionPage('dashboard.html');
    const table = dash.getByRole('table', { name: 'Saved postings' });
    await table.waitFor();
    expect(await table.getByRole('button', { name: 'Director, Analytical Development' }).count()).toBe(1);
    expect(await table.getByRole('button', { name: 'Engineering Manager' }).count()).toBe(0);
    await dash.close();
    // The badge is still shown, as it was.
    expect(await shownBadges(p)).toHaveLength(1);
    expect(
      await p.evaluate(() =>
        [...document.querySelectorAll('h1 > span')].map((e) => getComputedStyle(e).opacity + getComputedStyle(e).display),
      ),
    ).toEqual(['1inline-block']);

    await p.close();
    await other.close();
  });

  it('still gets its badge when the page defined the custom element and rewrote the DOM built-ins first', async () => {
    const url = 'https://job-boards.greenhouse.io/hostile/jobs/5002';
    h.serveHtml(
      url,
      page(
        `<script>
          for (const name of ['crossroads-badge', 'crossroads-panel', 'x-crossroads'])
            customElements.define(name, class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = 'taken'; } });
          HTMLIFrameElement.prototype.focus = function () { throw new Error('no'); };
          Element.prototype.append = function () { throw new Error('no'); };
        </script>${ld('Engineering Manager')}`,
        '<main><h1>Engineering Manager</h1></main>',
      ),
    );
    const p = await h.context.newPage();
    await p.goto(url);
    await openPanel(p, await waitForBadge(p));
    await p.close();
  });
});

/**
 * What the page can measure of our hosts: their boxes, what elementFromPoint
 * finds around them (a frame inside a closed root answers as its host), and
 * the open panel's box and inline size. Relative to the host, so titles of
 * different lengths compare.
 */
async function geometry(p: Page): Promise<string> {
  return p.evaluate(() => {
    const host = document.querySelector<HTMLElement>('h1 > span, body > span');
    if (!host) return 'no host';
    const at = host.getBoundingClientRect();
    let hit = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    for (let x = Math.max(0, at.left - 40); x < Math.min(innerWidth, at.left + 400); x++)
      for (let y = Math.max(0, at.top - 40); y < Math.min(innerHeight, at.top + 60); y++) {
        const el = document.elementFromPoint(x, y);
        if (el === host || host.contains(el))
          hit = {
            left: Math.min(hit.left, x),
            right: Math.max(hit.right, x),
            top: Math.min(hit.top, y),
            bottom: Math.max(hit.bottom, y),
          };
      }
    const panel = document.querySelector<HTMLElement>('html > span');
    const box = panel?.getBoundingClientRect();
    return JSON.stringify({
      host: [at.width, at.height],
      hit: [hit.left - at.left, hit.right - at.left, hit.top - at.top, hit.bottom - at.top],
      panel: box && [box.width, box.height, panel?.style.width, panel?.style.height],
    });
  });
}

describe('what the page can measure of the badge and the panel', () => {
  let h: Harness;
  const MANAGER = ld('Engineering Manager');
  const SPECIALIST = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'JobPosting',
    title: 'Senior Backend Engineer',
    description:
      '<p>You will design, build and operate our payment APIs in Go and PostgreSQL, write and review production code every day, profile and tune hot paths, and be on call for the services you own. No people management.</p>',
    hiringOrganization: { name: 'Acme' },
  })}</script>`;
  const postings = [
    {
      url: 'https://job-boards.greenhouse.io/hostile/jobs/6001',
      head: MANAGER,
      body: '<main><h1>Engineering Manager</h1></main>',
    },
    {
      url: 'https://job-boards.greenhouse.io/hostile/jobs/6002',
      head: SPECIALIST,
      body: '<main><h1>Senior Backend Engineer</h1></main>',
    },
    // No title element: the badge floats in a corner, its host as wide as its frame.
    { url: 'https://job-boards.greenhouse.io/hostile/jobs/6003', head: MANAGER, body: '<main><p>A role.</p></main>' },
    { url: 'https://job-boards.greenhouse.io/hostile/jobs/6004', head: SPECIALIST, body: '<main><p>A role.</p></main>' },
  ];
  beforeAll(async () => {
    h = await launchExtension();
    for (const { url, head, body } of postings) h.serveHtml(url, page(head, body));
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Each posting's badge name and what the page measures, badge alone and with its panel open (titled postings). */
  const measure = async () => {
    const out: { name: string; closed: string; open?: string }[] = [];
    for (const { url, body } of postings) {
      const p = await h.context.newPage();
      await p.goto(url);
      const badge = await waitForBadge(p);
      await p.waitForTimeout(300);
      const closed = await geometry(p);
      let open: string | undefined;
      if (body.includes('<h1>')) {
        await openPanel(p, badge);
        open = await geometry(p);
      }
      out.push({ name: badge.name, closed, open });
      await p.close();
    }
    return out;
  };

  it('is the same whatever the label, the fit and whether the user has a profile', async () => {
    const before = await measure();
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.close();
    const after = await measure();
    const all = [...before, ...after];
    // What is shown differs: two labels (not pinned: the classifier is being rebuilt), with and without a fit...
    expect(new Set(before.map((m) => m.name)).size).toBeGreaterThan(1);
    expect(after.every((m) => /fit \d+ of 100/.test(m.name))).toBe(true);
    expect(before.some((m) => /fit \d/.test(m.name))).toBe(false);
    // ...what the page can measure does not: one geometry for the titled badges (and their panels), one for the floating ones.
    const titled = all.filter((_, i) => i % 4 < 2);
    const floating = all.filter((_, i) => i % 4 >= 2);
    const [first] = titled;
    if (!first?.open || !floating[0]) throw new Error('nothing measured');
    expect(JSON.parse(first.closed).hit[1]).toBeGreaterThan(40);
    expect(JSON.parse(first.open).panel[1]).toBeGreaterThan(200);
    for (const m of titled) expect({ closed: m.closed, open: m.open }).toEqual({ closed: first.closed, open: first.open });
    for (const m of floating) expect(m.closed).toBe(floating[0].closed);
  });
});

describe('a page without a posting', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serveHtml(QUIET, page('', '<main><h2>Open roles</h2><p>None right now.</p></main>'));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('learns nothing: no message, no event, no DOM change, no frame, and no resource it can probe', async () => {
    const p = await h.context.newPage();
    await p.goto(QUIET);
    const names = [
      `${h.extensionId}:jobs:wxt:content-script-started`,
      `${h.extensionId}:jobs:wxt:locationchange`,
      'wxt:content-script-started',
      'wxt:locationchange',
    ];
    await p.evaluate((types) => {
      const w = window as unknown as { spied: { events: string[]; mutations: number } };
      // From here on (the page has loaded; the content script has run at document_idle).
      w.spied.mutations = 0;
      for (const type of types) {
        document.addEventListener(type, () => w.spied.events.push(type), true);
        window.addEventListener(type, () => w.spied.events.push(type), true);
      }
    }, names);
    // Client-side navigation to another page without a posting.
    await p.evaluate(() => {
      history.pushState({}, '', '/hostile/jobs?page=2');
      document.querySelector('p')?.append(' Still none.');
    });
    await p.waitForTimeout(1500);
    const spied = await p.evaluate(() => (window as unknown as { spied: unknown }).spied);
    // One mutation: the page's own text change above.
    expect(spied).toEqual({ roots: [], messages: [], mutations: 1, events: [] });
    expect(await p.evaluate(() => window.length)).toBe(0);
    // The frames are exposed only under the session's dynamic id: the fixed id a page could look up answers nothing.
    const probe = await p.evaluate(async (id) => {
      const out: string[] = [];
      for (const file of ['badge.html', 'panel.html', 'manifest.json'])
        out.push(
          await fetch(`chrome-extension://${id}/${file}`).then(
            (r) => `${file} ${r.status}`,
            () => `${file} refused`,
          ),
        );
      return out;
    }, h.extensionId);
    expect(probe).toEqual(['badge.html refused', 'panel.html refused', 'manifest.json refused']);
    await p.close();
  });

  it('cannot switch the script off with forged WXT events: the next posting gets its badge', async () => {
    const p = await h.context.newPage();
    await p.goto(QUIET);
    await p.evaluate((id) => {
      for (const type of [`${id}:jobs:wxt:content-script-started`, 'wxt:content-script-started']) {
        const detail = { contentScriptName: 'jobs', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
      window.dispatchEvent(new Event(`${id}:jobs:wxt:locationchange`));
    }, h.extensionId);
    await p.waitForTimeout(300);
    // A posting arrives without a page load, as in a single-page app.
    await p.evaluate(
      ({ json }) => {
        history.pushState({}, '', '/hostile/jobs/5003');
        const s = document.createElement('script');
        s.type = 'application/ld+json';
        s.textContent = json;
        document.head.append(s);
        (document.querySelector('main') as HTMLElement).innerHTML = '<h1>Engineering Manager</h1>';
      },
      {
        json: JSON.stringify({
          '@type': 'JobPosting',
          title: 'Engineering Manager',
          description: BODY,
          hiringOrganization: { name: 'Acme' },
        }),
      },
    );
    await waitForBadge(p);
    expect(await shownBadges(p)).toHaveLength(1);
    expect(h.unrouted).toEqual([]);
    await p.close();
  });
});
