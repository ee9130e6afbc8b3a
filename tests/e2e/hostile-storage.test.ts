import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_NEW_ROWS } from '../../lib/model/limits';
import { type Harness, launchExtension, openPanel, shownBadges, waitForBadge } from '../../scripts/extension-browser';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4011122233/';
const LINKEDIN_KEY = 'linkedin.com|linkedin:4011122233';
const LINKEDIN_TITLE = 'Lead Data Scientist, Care Management';
const CLAIMING = 'https://jobs.lever.co/rivalcorp/0c1d2e3f-aaaa-4bbb-8ccc-123456789abc';
const CLAIMING_KEY = 'https://jobs.lever.co/rivalcorp/0c1d2e3f-bbbb-4bbb-8ccc-123456789abc';
const FLOOD = (tab: number) => `https://job-boards.greenhouse.io/floodco/jobs/${tab}`;
const FLOOD_TABS = 6;
const BROKEN = 'https://job-boards.greenhouse.io/brokenco/jobs/2';
const BURST = 'https://job-boards.greenhouse.io/burstco/jobs/1';

const BODY =
  '<p>You will manage a team of 6 engineers, run hiring and performance reviews, and own the roadmap. You will not write production code.</p>';
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const posting = (over: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  description: BODY,
  hiringOrganization: { name: 'Rival Corp' },
  ...over,
});
const page = (head: string, body: string, script = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Jobs</title>${head}</head><body><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;

/** Pages that name the LinkedIn posting's id as their own (bare, and as the whole key), with its link and title. */
const CLAIM = page(
  ld(posting({ identifier: 'linkedin:4011122233', url: LINKEDIN, title: LINKEDIN_TITLE })),
  `<h1>${LINKEDIN_TITLE}</h1>`,
);
const CLAIM_KEY = page(
  ld(posting({ identifier: LINKEDIN_KEY, url: 'https://phishing.example/login', title: 'Senior Data Scientist' })),
  '<h1>Senior Data Scientist</h1>',
);

/**
 * A page that invents a new posting (new id, new title) every 350 ms, just
 * slower than detection settles, so each one is reported; open in several tabs.
 */
const FLOODING = (tab: number) =>
  page(
    '',
    '<div id="job"></div>',
    `let round = 0;
  const render = () => {
    const job = { '@context': 'https://schema.org', '@type': 'JobPosting', identifier: 'F-${tab}-' + round,
      title: 'Engineering Manager ${tab}-' + round, description: ${JSON.stringify(BODY)}, hiringOrganization: { name: 'Flood Co' } };
    document.getElementById('job').innerHTML = '<script type="application/ld+json">' + JSON.stringify(job) + '<\\/script><h1>' + job.title + '</h1>';
    if (++round < 22) setTimeout(render, 350);
    else document.body.dataset.done = 'yes';
  };
  render();`,
  );

/** A posting whose address is broken the way a sloppy page breaks it: it passed the page's check, not a strict schema. */
const BROKEN_URL = page(
  ld(posting({ identifier: 'B-2', title: 'Engineering Manager, Search', url: 'https:/jobs/1' })),
  '<h1>Engineering Manager, Search</h1>',
);

/**
 * A page that renames its fifty postings six times in two seconds, past the
 * per-tab budget of postings classified, and then stays still: what it shows
 * last is asked for again a little later, and gets its badges.
 */
const BURSTING = page(
  '',
  '<div id="jobs"></div>',
  `let round = 0;
  const render = () => {
    let html = '';
    for (let i = 0; i < 50; i++) {
      const job = { '@context': 'https://schema.org', '@type': 'JobPosting', identifier: 'R' + round + '-' + i,
        title: 'Team Lead ' + round + '-' + i, description: ${JSON.stringify(BODY)}, hiringOrganization: { name: 'Burst Co' } };
      html += '<script type="application/ld+json">' + JSON.stringify(job) + '<\\/script><h2>' + job.title + '</h2>';
    }
    document.getElementById('jobs').innerHTML = html;
    if (++round < 6) setTimeout(render, 400);
    else document.body.dataset.done = 'yes';
  };
  render();`,
);

/** The extension's stored rows, read raw in one of its own pages. */
async function storedRows(h: Harness, where: { key?: string; site?: string }): Promise<Array<Record<string, unknown>>> {
  const ext = await h.extensionPage('popup.html');
  const rows = await ext.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crossroads');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('keyedPostings').objectStore('keyedPostings');
      const where = ${JSON.stringify(where)};
      const req = store.getAll(where.key);
      req.onsuccess = () => { open.result.close(); resolve(req.result.filter((r) => !where.site || r.site === where.site)); };
      req.onerror = () => reject(req.error);
    };
  })`);
  await ext.close();
  return rows as Array<Record<string, unknown>>;
}

const badgeCount = async (p: Page) => (await shownBadges(p)).length;

describe('hostile pages against what the user keeps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LINKEDIN, 'linkedin/job-view-logged-in.html');
    h.serveHtml(CLAIMING, CLAIM);
    h.serveHtml(CLAIMING_KEY, CLAIM_KEY);
    for (let tab = 1; tab <= FLOOD_TABS; tab++) h.serveHtml(FLOOD(tab), FLOODING(tab));
    h.serveHtml(BROKEN, BROKEN_URL);
    h.serveHtml(BURST, BURSTING);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a page claiming another site’s posting id cannot take it over, relink it or dismiss it', async () => {
    const linkedin = await h.context.newPage();
    await linkedin.goto(LINKEDIN);
    const saving = await openPanel(linkedin);
    await saving.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => saving.getByRole('status').textContent()).toContain('Saved');

    const hostile = await h.context.newPage();
    for (const url of [CLAIMING, CLAIMING_KEY]) {
      await hostile.goto(url);
      // Even a real click on the claiming page's Dismiss reaches only that page's own posting.
      const panel = await openPanel(hostile);
      await panel.getByRole('button', { name: 'Dismiss' }).click();
      await panel.getByRole('button', { name: 'Undo' }).waitFor();
      // The badge goes when its panel closes.
      await hostile.keyboard.press('Escape');
      await expect.poll(() => badgeCount(hostile)).toBe(0);
    }

    const [held] = await storedRows(h, { key: LINKEDIN_KEY });
    expect(held).toMatchObject({
      status: 'saved',
      posting: { url: LINKEDIN, title: LINKEDIN_TITLE, company: 'Pennant Health Plan' },
    });
    const claimed = await storedRows(h, { site: 'jobs.lever.co/rivalcorp' });
    expect(claimed.map((r) => r.id).sort()).toEqual([
      `jobs.lever.co/rivalcorp|${LINKEDIN_KEY}`,
      'jobs.lever.co/rivalcorp|linkedin:4011122233',
    ]);
    for (const row of claimed) {
      expect(row.status).toBe('dismissed');
      // Linked where it was seen, never where it claimed to be.
      expect([CLAIMING, CLAIMING_KEY]).toContain((row.posting as { url: string }).url);
    }
    await Promise.all([linkedin.close(), hostile.close()]);
  });

  it('pages inventing postings store no more than their site’s limit, and still show badges that say why', {
    timeout: 90_000,
  }, async () => {
    const tabs = await Promise.all(Array.from({ length: FLOOD_TABS }, () => h.context.newPage()));
    await Promise.all(tabs.map((tab, i) => tab.goto(FLOOD(i + 1))));
    for (const tab of tabs) await tab.locator('body[data-done="yes"]').waitFor({ timeout: 30_000 });
    // Each tab's last posting, over the limit by now, still gets its badge, and its panel says why it is not remembered.
    const last = tabs[FLOOD_TABS - 1] as Page;
    const panel = await openPanel(last);
    await expect
      .poll(() => panel.locator('.not-stored').textContent())
      .toBe(
        'Crossroads is not remembering new postings from this site for a while: it showed more than anyone reads. Save this one to keep it.',
      );
    const stored = await storedRows(h, { site: 'job-boards.greenhouse.io/floodco' });
    expect(stored).toHaveLength(SITE_NEW_ROWS.perTenMinutes);
    // Save still works for a posting over the limit: the user's click is no flood.
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Saved');
    const after = await storedRows(h, { site: 'job-boards.greenhouse.io/floodco' });
    expect(after.filter((r) => r.status === 'saved').map((r) => (r.posting as { title: string }).title)).toEqual([
      `Engineering Manager ${FLOOD_TABS}-21`,
    ]);
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('a posting whose address the page broke (https:/jobs/1) still gets its badge and is stored under the page’s address', async () => {
    const broken = await h.context.newPage();
    await broken.goto(BROKEN);
    await waitForBadge(broken);
    const [stored] = await storedRows(h, { site: 'job-boards.greenhouse.io/brokenco' });
    expect(stored).toMatchObject({
      id: 'job-boards.greenhouse.io/brokenco|B-2',
      posting: { url: BROKEN, title: 'Engineering Manager, Search' },
    });
    await broken.close();
    expect(h.unrouted).toEqual([]);
  });

  it('a page refused for reporting too fast gets its badges once it stays still, without changing again', {
    timeout: 60_000,
  }, async () => {
    const tab = await h.context.newPage();
    await tab.goto(BURST);
    await tab.locator('body[data-done="yes"]').waitFor();
    // The last round's titles, not an earlier one's, and with no further change on the page.
    await waitForBadge(tab, /^Crossroads: /, 40_000);
    const titles = await tab.evaluate(() =>
      [...document.querySelectorAll('h2')].filter((h) => h.childElementCount > 0).map((h) => h.firstChild?.textContent),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^Team Lead 5-/);
    await tab.close();
  });
});
