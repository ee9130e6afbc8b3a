/**
 * The Firefox build (.output/firefox-mv3) in Firefox, as a user meets it:
 * job pages at their real addresses served from fixtures, the badge beside
 * the posting's title, single-page navigation, the panel, the assessment in
 * the popup, saving and comparing in the dashboard, and no request to a host
 * nobody routed. See scripts/extension-firefox.ts for how it is driven.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickInFrame,
  type FirefoxBadge,
  type FirefoxHarness,
  inFrame,
  launchFirefoxExtension,
  poll,
  shownBadges,
  shownFrames,
  waitForFirefoxBadge,
} from '../../scripts/extension-firefox';
import type { Ref } from '../../scripts/marionette';

const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER = 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';
const SEEK = 'https://www.seek.com.au/job/81234567';
const LINKEDIN_SEARCH = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead';

/** Some label: which one is the classifier's business. */
const ROLE = /^Crossroads: (Leadership|Specialist|Hybrid)\b/;

describe('the Firefox build in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefoxExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
    h.serve(SEEK, 'seek/job.html');
    h.serve(LINKEDIN_SEARCH, 'linkedin/search-spa.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  /** An element of the current document by CSS and, if given, its exact text; waited for. */
  const element = (css: string, text?: string) =>
    poll<Ref>(
      h.marionette,
      `return [...document.querySelectorAll(arguments[0])].find((e) => arguments[1] === null || e.textContent.trim() === arguments[1]) ?? null`,
      [css, text ?? null],
    );
  const click = async (css: string, text?: string) => h.marionette.click(await element(css, text));
  const textOf = (css: string) =>
    poll<string>(h.marionette, 'return document.querySelector(arguments[0])?.textContent ?? null', [css]);

  /** Opens the badge's panel as a user does and returns its frame. */
  async function openPanel(page: Page, badge: FirefoxBadge): Promise<Ref> {
    await clickInFrame(h, page, badge.frame, 'button');
    const until = Date.now() + 15_000;
    for (;;) {
      const [panel] = await shownFrames(h.marionette, 'panel.html');
      if (panel && (await inFrame(h.marionette, panel.frame, `return document.querySelector('.verdict') !== null`)))
        return panel.frame;
      if (Date.now() > until) throw new Error('No panel');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Saves the posting from its panel and returns what the panel then says. */
  async function saveFromPanel(page: Page, badge: FirefoxBadge): Promise<string> {
    const panel = await openPanel(page, badge);
    await page.screenshot({ path: `test-results/firefox-panel-${new URL(page.url()).hostname}.png` });
    await clickInFrame(h, page, panel, 'button', 'Save');
    await h.marionette.switchToFrame(panel);
    try {
      return await poll<string>(h.marionette, `return document.querySelector('[role=status]')?.textContent || null`);
    } finally {
      await h.marionette.switchToParentFrame();
    }
  }

  it('opens the welcome page once, on install', () => {
    expect(h.welcomed).toBe(true);
  });

  it('shows the badge beside the posting’s own title, with some label, from structured data and from a site reader', async () => {
    for (const [url, title] of [
      [GREENHOUSE, 'Director, Analytical Development'],
      [SEEK, 'Maintenance Team Leader - Days'],
    ] as const) {
      const page = await h.open(url);
      const badge = await waitForFirefoxBadge(h, page, ROLE);
      expect(badge.title).toBe(title);
      expect(await shownBadges(h.marionette)).toHaveLength(1);
      // The page sees an empty host, never the label: it is in the extension's frame.
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Crossroads|Leadership role|Specialist role/);
      await page.close();
    }
  });

  it('follows the user from job to job on LinkedIn search without a reload, one badge at a time', async () => {
    const page = await h.open(LINKEDIN_SEARCH);
    const paneTitle = () => page.$eval('#details-pane h1', (e) => e.firstChild?.textContent?.trim() ?? '');
    const first = await waitForFirefoxBadge(h, page, ROLE);
    expect(first.title).toBe(await paneTitle());
    await page.click('[data-job-id="4100000002"]');
    await page.waitForFunction(() => location.search.includes('currentJobId=4100000002'));
    const until = Date.now() + 15_000;
    let next: FirefoxBadge | undefined;
    while (!next && Date.now() < until) {
      const shown = await shownBadges(h.marionette);
      next = shown.find((b) => b.title !== first.title && ROLE.test(b.name));
      if (next) expect(shown).toHaveLength(1);
    }
    expect(next?.title).toBe(await paneTitle());
    await page.close();
  });

  it('takes the assessment in the popup, and the badge then shows a fit', async () => {
    await h.extensionPage('popup.html');
    await click('button', 'Take the assessment');
    expect(await textOf('#assessment-step-title')).toBe('Questions 1–4 of 24');
    const answers = ['Agree', 'Strongly agree', 'Disagree', 'Agree', 'Agree', 'Agree'];
    for (const [i, choice] of answers.entries()) {
      const from = i * 4 + 1;
      await poll(h.marionette, `return document.querySelector('#assessment-step-title')?.textContent === arguments[0] || null`, [
        `Questions ${from}–${from + 3} of 24`,
      ]);
      const labels = await h.marionette.execute<Ref[]>(
        `return [...document.querySelectorAll('fieldset.likert')].map((f) => [...f.querySelectorAll('label')].find((l) => l.textContent.trim() === arguments[0]))`,
        [choice],
      );
      expect(labels).toHaveLength(4);
      for (const label of labels) await h.marionette.click(label);
      await click('button[type=submit]');
    }
    expect(await textOf('#assessment-step-title')).toBe('Five years from now');
    await click('label.choice', 'Leading a small team while staying hands-on');
    await click('button[type=submit]');
    await poll(
      h.marionette,
      `return document.querySelector('#assessment-step-title')?.textContent === 'Where you stand' || null`,
    );
    await h.marionette.click(
      await poll<Ref>(
        h.marionette,
        `return [...document.querySelectorAll('label.choice')].find((l) => /named my core values/.test(l.textContent)) ?? null`,
      ),
    );
    await click('button[type=submit]');
    await h.marionette.type(await element('.reflections textarea'), 'Coaching two new colleagues through their first release.');
    await click('button[type=submit]', 'See my result');
    const result = await poll<string>(
      h.marionette,
      `return /No clear direction yet/.test(document.body.innerText) ? document.body.innerText : null`,
    );
    // These answers agree with statements and their reverse-keyed opposites alike: no path is claimed.
    expect(result).toMatch(/do not point one way yet/);
    await h.marionette.closeWindow();

    const page = await h.open(GREENHOUSE);
    const badge = await waitForFirefoxBadge(h, page, /^Crossroads: (Leadership|Specialist|Hybrid), fit \d+ of 100\. Show why$/);
    expect(badge.title).toBe('Director, Analytical Development');
    // With a profile behind the fit, the page's scripts still read nothing of it: not in the markup, the text,
    // any attribute or any frame they can reach (Firefox builds the frames in a closed root, as Chromium does).
    const readable = await page.evaluate(() => {
      const parts = [document.documentElement.outerHTML, document.body.innerText];
      for (const el of document.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
      parts.push(...performance.getEntries().map((e) => e.name));
      return { text: parts.join('\n'), frames: window.length, iframes: document.querySelectorAll('iframe').length };
    });
    // What it reads is the page itself (the probe works), and nothing of ours.
    expect(readable.text).toContain('Director, Analytical Development');
    expect(readable.text).not.toMatch(/fit \d+|moz-extension:|Crossroads|Leadership role|Specialist role|Hybrid role/);
    expect([readable.frames, readable.iframes]).toEqual([0, 0]);
    await page.close();
  });

  it('saves postings from their panels, shows them in the popup for the tab, and compares them in the dashboard', async () => {
    const greenhouse = await h.open(GREENHOUSE);
    expect(await saveFromPanel(greenhouse, await waitForFirefoxBadge(h, greenhouse, ROLE))).toContain('Saved');
    const lever = await h.open(LEVER);
    expect(await saveFromPanel(lever, await waitForFirefoxBadge(h, lever, ROLE))).toContain('Saved');

    // The popup as it is for the Lever tab: the browser's active tab, named to the popup opened as a page.
    const popup = await h.extensionPage('popup.html');
    await lever.bringToFront();
    await h.marionette.switchToWindow(popup);
    const tabId = await h.marionette.execute<number>(
      `return browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0].id)`,
    );
    await h.marionette.navigate(`${h.origin}popup.html?tab=${tabId}`);
    expect(await textOf('article.card h2, article.card h3')).toBe('Staff Software Engineer');
    // The saved postings are in the dashboard; the popup's header counts them.
    const saved = await poll<string>(h.marionette, `return document.querySelector('.popup-nav')?.textContent || null`);
    expect(saved).toContain('2 saved postings');
    await h.marionette.closeWindow();

    await h.extensionPage('dashboard.html');
    await poll(h.marionette, `return document.querySelectorAll('table tbody tr').length === 2 || null`);
    for (const title of ['Director, Analytical Development', 'Staff Software Engineer'])
      await h.marionette.click(
        await poll<Ref>(
          h.marionette,
          `return document.querySelector('input[type=checkbox][aria-label="Compare ' + arguments[0] + '"]')`,
          [title],
        ),
      );
    await click('button', 'Compare 2 selected');
    const compared = await poll<string>(
      h.marionette,
      `return [...document.querySelectorAll('[role=region], section')].find((r) => r.getAttribute('aria-label') === 'Comparing 2 postings' || /^Comparing 2 postings/.test(r.querySelector('h2,h3')?.textContent ?? ''))?.textContent ?? null`,
    );
    expect(compared).toContain('Director, Analytical Development');
    expect(compared).toContain('Staff Software Engineer');
    expect(compared).toMatch(/Best match for you: /);
    expect(compared).toMatch(/Fit \d+/);
    await h.marionette.closeWindow();
    await greenhouse.close();
    await lever.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
