import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_NEW_ROWS } from '../../lib/model/limits';
import { type Harness, launchExtension } from '../../scripts/extension-browser';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/4011122233/';
const LINKEDIN_KEY = 'linkedin.com|linkedin:4011122233';
const LINKEDIN_TITLE = 'Lead Data Scientist, Care Management';
const CLAIMING = 'https://jobs.lever.co/rivalcorp/0c1d2e3f-aaaa-4bbb-8ccc-123456789abc';
const FLOOD = 'https://job-boards.greenhouse.io/floodco/jobs/1';
const BATCH = 'https://job-boards.greenhouse.io/batchco/jobs/2';

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

/** A page that names the LinkedIn posting's id (bare and as the whole key), its link and its title as its own. */
const CLAIM = page(
  ld({
    '@graph': [
      posting({ identifier: 'linkedin:4011122233', url: LINKEDIN, title: LINKEDIN_TITLE }),
      posting({ identifier: LINKEDIN_KEY, url: 'https://phishing.example/login', title: 'Senior Data Scientist' }),
    ],
  }),
  `<h1>${LINKEDIN_TITLE}</h1><h2>Senior Data Scientist</h2>`,
);

/** A page that invents fifty new postings every 300 ms, ten times over. */
const FLOODING = page(
  '',
  '<div id="jobs"></div>',
  `let round = 0;
  const render = () => {
    const jobs = Array.from({ length: 50 }, (_, i) => ({ '@context': 'https://schema.org', '@type': 'JobPosting',
      identifier: 'F-' + round + '-' + i, title: 'Engineering Manager ' + round + '-' + i,
      description: ${JSON.stringify(BODY)}, hiringOrganization: { name: 'Flood Co' } }));
    document.getElementById('jobs').innerHTML = '<script type="application/ld+json">' + JSON.stringify(jobs) + '<\\/script>' +
      jobs.map((j) => '<h2>' + j.title + '</h2>').join('');
    if (++round < 10) setTimeout(render, 300);
  };
  render();`,
);

/** Three postings in one batch, the middle one's address broken the way a sloppy page breaks it. */
const BATCHED = page(
  ld([
    posting({ identifier: 'B-1', title: 'Engineering Manager, Payments', url: `${BATCH}#one` }),
    posting({ identifier: 'B-2', title: 'Engineering Manager, Search', url: 'https:/jobs/1' }),
    posting({ identifier: 'B-3', title: 'Engineering Manager, Ads', url: `${BATCH}#three` }),
  ]),
  '<h2>Engineering Manager, Payments</h2><h2>Engineering Manager, Search</h2><h2>Engineering Manager, Ads</h2>',
);

/** The extension's stored rows, read raw in one of its own pages. */
async function storedRows(h: Harness, where: { key?: string; site?: string }): Promise<Array<Record<string, unknown>>> {
  const ext = await h.extensionPage('popup.html');
  const rows = await ext.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crossroads');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('postings').objectStore('postings');
      const where = ${JSON.stringify(where)};
      const req = where.key ? store.getAll(where.key) : store.index('site').getAll(where.site);
      req.onsuccess = () => { open.result.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  })`);
  await ext.close();
  return rows as Array<Record<string, unknown>>;
}

const badges = (p: Page) => p.locator('crossroads-badge').getByRole('button', { name: /role/ });

describe('hostile pages against what the user keeps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(LINKEDIN, 'linkedin/job-view-logged-in.html');
    h.serveHtml(CLAIMING, CLAIM);
    h.serveHtml(FLOOD, FLOODING);
    h.serveHtml(BATCH, BATCHED);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a page claiming another site’s posting id cannot take it over, relink it or dismiss it', async () => {
    const linkedin = await h.context.newPage();
    await linkedin.goto(LINKEDIN);
    await badges(linkedin).first().click({ timeout: 15_000 });
    await linkedin.locator('crossroads-badge').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => linkedin.locator('crossroads-badge').getByRole('status').textContent()).toContain('Saved');

    const hostile = await h.context.newPage();
    await hostile.goto(CLAIMING);
    await expect.poll(() => badges(hostile).count(), { timeout: 15_000 }).toBe(2);
    // Even a real click on the claiming page's Dismiss reaches only that page's own postings.
    for (let i = 0; i < 2; i++) {
      await badges(hostile).first().click();
      await hostile.locator('crossroads-badge').getByRole('button', { name: 'Dismiss' }).first().click();
    }
    await expect.poll(() => badges(hostile).count()).toBe(0);

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
      expect((row.posting as { url: string }).url).toBe(CLAIMING);
    }
    await Promise.all([linkedin.close(), hostile.close()]);
  });

  it('a page inventing postings by the hundred stores no more than its site’s limit, and still shows badges', async () => {
    const flood = await h.context.newPage();
    await flood.goto(FLOOD);
    // The last round settles; its postings, all over the limit, still get their badges.
    await expect.poll(() => flood.locator('h2').first().textContent(), { timeout: 15_000 }).toBe('Engineering Manager 9-0');
    await expect.poll(() => badges(flood).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await badges(flood).first().click();
    await expect
      .poll(() => flood.locator('crossroads-badge').getByRole('status').first().textContent())
      .toBe(
        'Crossroads is not remembering new postings from this site for a while: it showed more than anyone reads. Save this one to keep it.',
      );
    const stored = await storedRows(h, { site: 'job-boards.greenhouse.io/floodco' });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(SITE_NEW_ROWS.perTenMinutes);
    // Save still works for a posting over the limit: the user's click is no flood.
    await flood.locator('crossroads-badge').getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => flood.locator('crossroads-badge').getByRole('status').first().textContent()).toContain('Saved');
    expect((await storedRows(h, { site: 'job-boards.greenhouse.io/floodco' })).filter((r) => r.status === 'saved')).toHaveLength(
      1,
    );
    await flood.close();
  });

  it('one broken posting in a batch sinks nothing: all three get badges and are stored', async () => {
    const batch = await h.context.newPage();
    await batch.goto(BATCH);
    await expect.poll(() => badges(batch).count(), { timeout: 15_000 }).toBe(3);
    const stored = await storedRows(h, { site: 'job-boards.greenhouse.io/batchco' });
    expect(stored.map((r) => (r.posting as { title: string }).title).sort()).toEqual([
      'Engineering Manager, Ads',
      'Engineering Manager, Payments',
      'Engineering Manager, Search',
    ]);
    // The broken address is replaced by the page it was seen on.
    expect(stored.find((r) => r.id === 'job-boards.greenhouse.io/batchco|B-2')?.posting).toMatchObject({ url: BATCH });
    await batch.close();
    expect(h.unrouted).toEqual([]);
  });
});
