import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPopupFor } from '../../scripts/extension-browser';

const SEARCH_URL = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead';
const INDEED_URL = 'https://www.indeed.com/jobs?q=bakery&l=Portland&vjk=9f8e7d6c5b4a3921';
const LOGGED_IN_VIEW = 'https://www.linkedin.com/jobs/view/4011122233/';

/** Records, at every DOM change, which title is shown and which badge sits beside it. */
async function watchPairs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { pairs: Array<[string, string]> };
    w.pairs = [];
    const record = () => {
      const h1 = document.querySelector('#details-pane h1');
      const badge = document.querySelector('crossroads-badge')?.shadowRoot?.querySelector('button');
      w.pairs.push([h1?.textContent ?? '', badge?.getAttribute('aria-label') ?? '']);
    };
    new MutationObserver(record).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const badgeLabel = (page: Page) =>
  page.locator('crossroads-badge').getByRole('button').first().getAttribute('aria-label', { timeout: 15_000 });

describe('single-page job sites', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(SEARCH_URL, 'linkedin/search-spa.html');
    h.serve(INDEED_URL, 'indeed/search-pane.html');
    h.serve(LOGGED_IN_VIEW, 'linkedin/job-view-logged-in.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('follows the user from job to job on LinkedIn search without ever showing the previous job’s badge', async () => {
    const page = await h.context.newPage();
    await page.goto(SEARCH_URL);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Hybrid role/);
    await watchPairs(page);

    await page.locator('[data-job-id="4100000002"]').click();
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Specialist role/);
    expect(page.url()).toContain('currentJobId=4100000002');

    await page.locator('[data-job-id="4100000003"]').click();
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Leadership role/);

    const pairs = await page.evaluate(() => (window as unknown as { pairs: Array<[string, string]> }).pairs);
    const expected: Record<string, RegExp> = {
      'Engineering Manager': /^Hybrid|^$/,
      'Data Scientist, Pricing': /^Specialist|^$/,
      'Vice President, Operations': /^Leadership|^$/,
    };
    expect(pairs.length).toBeGreaterThan(3);
    for (const [title, label] of pairs) {
      if (title) expect(label, `badge beside “${title}”`).toMatch(expected[title] ?? /^$/);
    }
    // Back to the first job through the browser's history.
    await page.goBack();
    await page.goBack();
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Hybrid role/);
    expect(await page.locator('crossroads-badge').count()).toBe(1);
  });

  it('reads a signed-in LinkedIn job view, which has no structured data', async () => {
    const page = await h.context.newPage();
    await page.goto(LOGGED_IN_VIEW);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Hybrid role/);
    expect(await page.locator('h1 crossroads-badge').count()).toBe(1);
  });

  it('reads the posting in Indeed’s search detail pane, and the popup shows it', async () => {
    const page = await h.context.newPage();
    await page.goto(INDEED_URL);
    await expect.poll(() => badgeLabel(page), { timeout: 15_000 }).toMatch(/^Hybrid role/);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.getByRole('heading', { name: 'Bakery Lead' }).count()).toBe(1);
    await popup.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
