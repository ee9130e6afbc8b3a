import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  frameHost,
  type Harness,
  launchExtension,
  openPanel,
  openPopupFor,
  type ShownBadge,
  shownBadges,
  shownPanel,
} from '../../scripts/extension-browser';

const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead';
const INDEED_URL = 'https://www.indeed.com/jobs?q=bakery&l=Portland&vjk=9f8e7d6c5b4a3921';
const LOGGED_IN_VIEW = 'https://www.linkedin.com/jobs/view/4011122233/';
const FEED = 'https://www.linkedin.com/feed/';
const ALL_RESULTS = 'https://www.linkedin.com/search/results/all/?keywords=support';

/**
 * Records, at every DOM change, which title is shown and which badge host
 * sits in it. The page cannot read a badge (its root is closed), but it sees
 * the host element: each host must only ever sit beside one title.
 */
async function watchPairs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { pairs: Array<[string, number]> };
    const ids = new WeakMap<Element, number>();
    let next = 1;
    w.pairs = [];
    const record = () => {
      const h1 = document.querySelector('#details-pane h1');
      // The page's own markup has no empty span in its title: the badge's host is one.
      const host = h1 ? [...h1.querySelectorAll('span')].find((s) => s.childNodes.length === 0) : undefined;
      if (host && !ids.has(host)) ids.set(host, next++);
      w.pairs.push([h1?.textContent ?? '', host ? (ids.get(host) ?? 0) : 0]);
    };
    new MutationObserver(record).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const HASH_APP = 'https://job-boards.greenhouse.io/acme/jobs/4000001';
const HASH_JOBS: Record<string, { title: string; description: string }> = {
  '': {
    title: 'Engineering Manager',
    description:
      '<p>You will manage a team of 7 engineers, run hiring and performance reviews, and set the team’s priorities with product.</p>',
  },
  '#/jobs/2': {
    title: 'Senior Data Engineer',
    description:
      '<p>You will design and build our data pipelines yourself, write production code every day and review your peers’ designs.</p>',
  },
};
/** A careers app routed by its hash: the posting and its JSON-LD change with the route, an anchor (#apply) changes nothing. */
const hashApp = `<!doctype html><html lang="en"><head><title>Acme careers</title>
<script type="application/ld+json" id="ld"></script></head>
<body><main><h1 id="title"></h1><div id="body"></div><p id="apply">Apply below.</p></main>
<script>
const jobs = ${JSON.stringify(HASH_JOBS).replace(/</g, '\\u003c')};
function show() {
  const job = jobs[location.hash];
  if (!job) return;
  document.getElementById('ld').textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting',
    title: job.title, description: job.description, hiringOrganization: { name: 'Acme' } });
  document.getElementById('title').textContent = job.title;
  document.getElementById('body').innerHTML = job.description;
}
show();
addEventListener('hashchange', show);
</script></body></html>`;

const ROLE = /^Crossroads: (Leadership|Specialist|Hybrid)\b/;

/** Waits for a shown badge other than the one given (a new posting gets a new badge). */
async function nextBadge(page: Page, previous?: Frame): Promise<ShownBadge> {
  const until = Date.now() + 15_000;
  for (;;) {
    const found = (await shownBadges(page)).find((b) => b.frame !== previous && ROLE.test(b.name));
    if (found) return found;
    if (Date.now() > until) throw new Error('No new badge');
    await page.waitForTimeout(100);
  }
}

describe('single-page job sites', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(SEARCH_URL, 'linkedin/search-spa.html');
    h.serve(INDEED_URL, 'indeed/search-pane.html');
    h.serve(LOGGED_IN_VIEW, 'linkedin/job-view-logged-in.html');
    h.serve(FEED, 'linkedin/feed-to-job-spa.html');
    h.serve(ALL_RESULTS, 'linkedin/feed-to-job-spa.html');
    h.serveHtml(HASH_APP, hashApp);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('follows the user from job to job on LinkedIn search without ever showing the previous job’s badge', async () => {
    const page = await h.context.newPage();
    await page.goto(SEARCH_URL);
    const first = await nextBadge(page);
    await watchPairs(page);

    await page.locator('[data-job-id="4100000002"]').click();
    const second = await nextBadge(page, first.frame);
    expect(page.url()).toContain('currentJobId=4100000002');

    await page.locator('[data-job-id="4100000003"]').click();
    await nextBadge(page, second.frame);

    const pairs = await page.evaluate(() => (window as unknown as { pairs: Array<[string, number]> }).pairs);
    expect(pairs.length).toBeGreaterThan(3);
    const titleOf = new Map<number, string>();
    for (const [title, host] of pairs) {
      if (!host) continue;
      expect(title, `badge ${host} beside “${title}”, first seen beside “${titleOf.get(host)}”`).toBe(titleOf.get(host) ?? title);
      titleOf.set(host, title);
    }
    expect(titleOf.size).toBeGreaterThanOrEqual(2);
    // Back to the first job through the browser's history.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('#details-pane h1').textContent()).toBe('Engineering Manager');
    await nextBadge(page);
    expect(await shownBadges(page)).toHaveLength(1);
  });

  it('reads a signed-in LinkedIn job view, which has no structured data', async () => {
    const page = await h.context.newPage();
    await page.goto(LOGGED_IN_VIEW);
    const badge = await nextBadge(page);
    expect((await frameHost(badge.frame)).inHeading).toBe(true);
    expect(await shownBadges(page)).toHaveLength(1);
  });

  for (const [from, url] of [
    ['the feed', FEED],
    ['a search', ALL_RESULTS],
  ] as const) {
    it(`shows the badge when the user opens a LinkedIn job from ${from}, without a reload`, async () => {
      const page = await h.context.newPage();
      await page.goto(url);
      await page.locator('[data-job-link]').waitFor();
      // Outside a job view nothing is read or drawn.
      await page.waitForTimeout(800);
      expect(await shownBadges(page)).toEqual([]);
      const loads: string[] = [];
      page.on('load', () => loads.push(page.url()));
      await page.locator('[data-job-link]').click();
      await expect.poll(() => page.url()).toBe('https://www.linkedin.com/jobs/view/4100000009/');
      const badge = await nextBadge(page);
      expect((await frameHost(badge.frame)).inHeading).toBe(true);
      expect(loads).toEqual([]);
      // The title is a link: clicking inside the panel never follows it.
      const panel = await openPanel(page, badge);
      await panel.locator('summary').first().click();
      await panel.locator('.verdict').click();
      await page.waitForTimeout(300);
      expect(page.url()).toBe('https://www.linkedin.com/jobs/view/4100000009/');
      expect(loads).toEqual([]);
    });
  }

  it('reads the posting in Indeed’s search detail pane, and the popup shows it', async () => {
    const page = await h.context.newPage();
    await page.goto(INDEED_URL);
    await nextBadge(page);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.getByRole('heading', { name: 'Bakery Lead' }).count()).toBe(1);
    await popup.close();
  });

  it('forgets the tab’s posting once the tab shows a page without one: the popup offers nothing from before', async () => {
    const page = await h.context.newPage();
    await page.goto(INDEED_URL);
    await nextBadge(page);
    const before = await openPopupFor(h, page);
    await expect.poll(() => before.getByRole('heading', { name: 'Bakery Lead' }).count()).toBe(1);
    await before.close();
    await page.goto(FEED);
    await page.locator('[data-job-link]').waitFor();
    await page.waitForTimeout(800);
    const after = await openPopupFor(h, page);
    await expect.poll(() => after.getByText('No job posting found on this page.').count()).toBe(1);
    // The popup may show that for a moment while it reads the database: what it settles on counts.
    await after.waitForTimeout(800);
    expect(await after.getByText('No job posting found on this page.').count()).toBe(1);
    expect(await after.getByRole('heading', { name: 'Bakery Lead' }).count()).toBe(0);
    await after.close();
    await page.close();
  });

  it('keeps the badge and its open panel when the page moves to an anchor, and follows a hash-routed app to its next posting', async () => {
    const page = await h.context.newPage();
    await page.goto(HASH_APP);
    const first = await nextBadge(page);
    const panel = await openPanel(page, first);
    // A page script jumping to an anchor: the same page, the same posting.
    await page.evaluate(() => {
      location.hash = '#apply';
    });
    await page.waitForTimeout(1_200);
    expect(first.frame.isDetached()).toBe(false);
    expect(panel.isDetached()).toBe(false);
    expect(await shownPanel(page)).toBe(panel);
    // The app's own route to another posting: the old badge goes, the new one sits in the new title.
    await page.evaluate(() => {
      location.hash = '#/jobs/2';
    });
    const second = await nextBadge(page, first.frame);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Senior Data Engineer');
    expect((await frameHost(second.frame)).inHeading).toBe(true);
    expect(first.frame.isDetached()).toBe(true);
    expect(await shownBadges(page)).toHaveLength(1);
    await page.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
