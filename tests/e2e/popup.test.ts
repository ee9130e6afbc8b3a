import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPopupFor, waitForBadge } from '../../scripts/extension-browser';

const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
/** A hybrid role: with a hybrid profile its verdict and three reasons for it run longest. */
const WORKDAY = 'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/Tech-Lead-Manager--Search_R-10482';
/** A posting whose title and company run long: the card grows, the popup must still fit. */
const LONG = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345099';
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/hybrid-leaning.json');
/** The most a browser gives a popup: 800 × 600 px. Ours is 380 px wide. */
const POPUP_MAX = 600;

const LONG_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Job</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Senior Principal Director of Global Analytical Development and Quality Control Operations, Biologics',
  description:
    '<p>You will lead a department of 40 scientists across four sites, with six managers reporting to you. You will set the strategy, own the budget and hire. You will not run experiments yourself.</p>',
  hiringOrganization: { name: 'Corvid Therapeutics International Research and Manufacturing Holdings' },
  jobLocation: { address: { addressLocality: 'Cambridge', addressCountry: 'US' } },
})}</script></head><body><main><h1>Senior Principal Director of Global Analytical Development and Quality Control Operations, Biologics</h1></main></body></html>`;

/**
 * The popup's height as the browser would size it: the page's own height,
 * measured in a window shorter than any popup, so the window adds nothing.
 */
async function naturalHeight(popup: Page): Promise<{ document: number; innerScroll: boolean }> {
  await popup.setViewportSize({ width: 380, height: 100 });
  const out = await popup.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    return { document: document.documentElement.scrollHeight, innerScroll: main.scrollHeight > main.clientHeight + 1 };
  });
  await popup.setViewportSize({ width: 380, height: POPUP_MAX });
  return out;
}

describe('the popup, at a real popup’s size', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serveHtml(LONG, LONG_HTML);
    h.serve(WORKDAY, 'workday/tech-lead-manager-search.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('fits 600 px in every state, the current posting first: no posting, a posting before a profile, a long posting with a profile', async () => {
    const blank = await h.context.newPage();
    let popup = await openPopupFor(h, blank);
    await popup.getByText('No job posting found on this page.').waitFor();
    expect(await popup.getByRole('button', { name: 'Analyze this page' }).count()).toBe(1);
    expect((await naturalHeight(popup)).document).toBeLessThanOrEqual(POPUP_MAX);
    await popup.close();

    const job = await h.context.newPage();
    await job.goto(GREENHOUSE);
    await waitForBadge(job);
    popup = await openPopupFor(h, job);
    const card = popup.getByRole('article', { name: 'Director, Analytical Development' });
    await card.waitFor();
    // The posting comes first, then the profile; the saved list and settings are in the dashboard.
    const order = await popup.locator('main > section h2').allTextContents();
    expect(order).toEqual(['On this page', 'Your profile']);
    expect(await popup.getByRole('list', { name: 'Saved postings' }).count()).toBe(0);
    expect(await popup.getByRole('checkbox', { name: 'Find postings on every site' }).count()).toBe(0);
    expect(await card.locator('.card-verdict').textContent()).toMatch(/^A (leadership|specialist|hybrid) role/);
    expect(await card.getByRole('list', { name: 'Why' }).getByRole('listitem').count()).toBeLessThanOrEqual(3);
    let size = await naturalHeight(popup);
    expect(size.document).toBeLessThanOrEqual(POPUP_MAX);
    expect(size.innerScroll).toBe(false);
    await card.getByRole('button', { name: 'Save posting' }).click();
    await expect.poll(() => popup.getByRole('button', { name: '1 saved posting' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Saved' }).isDisabled()).toBe(true);
    await popup.close();

    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.close();
    const long = await h.context.newPage();
    await long.goto(LONG);
    await waitForBadge(long, /fit \d+ of 100/);
    popup = await openPopupFor(h, long);
    await popup.getByRole('heading', { name: /^Senior Principal Director/ }).waitFor();
    await popup.getByRole('heading', { name: /Suggested path/ }).waitFor();
    expect(await popup.locator('.posting-card .fit-pill').textContent()).toMatch(/^fit \d+ · (strong|good|mixed|poor)$/);
    size = await naturalHeight(popup);
    expect(size.document).toBeLessThanOrEqual(POPUP_MAX);
    expect(size.innerScroll).toBe(false);
    await popup.close();

    const hybrid = await h.context.newPage();
    await hybrid.goto(WORKDAY);
    await waitForBadge(hybrid, /fit \d+ of 100/);
    popup = await openPopupFor(h, hybrid);
    await popup.getByRole('heading', { name: 'Tech Lead Manager, Search' }).waitFor();
    await popup.getByRole('heading', { name: /Suggested path/ }).waitFor();
    size = await naturalHeight(popup);
    expect(size.document).toBeLessThanOrEqual(POPUP_MAX);
    expect(size.innerScroll).toBe(false);
    await popup.close();
  });

  it('keeps the assessment’s Next button in view on every page of it, within 600 px', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: POPUP_MAX });
    await popup.getByRole('button', { name: /Take it again|Take the assessment/ }).click();
    const title = popup.locator('#assessment-step-title');
    for (let step = 1; ; step++) {
      await title.waitFor();
      const next = popup.getByRole('button', { name: /^(Next|See my result)$/ });
      const box = await next.boundingBox();
      expect(box, `step ${step}`).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), `step ${step}: ${await title.textContent()}`).toBeLessThanOrEqual(POPUP_MAX);
      expect(await popup.evaluate(() => document.documentElement.scrollHeight), `step ${step}`).toBeLessThanOrEqual(POPUP_MAX);
      // Nothing covers it: the point at its centre is the button itself.
      expect(
        await next.evaluate((b) => {
          const r = b.getBoundingClientRect();
          return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        }),
        `step ${step}`,
      ).toBe(true);
      // Each page starts at its first question, whatever the last one was scrolled to.
      expect(await popup.locator('.assessment-body').evaluate((b) => b.scrollTop), `step ${step}`).toBe(0);
      if ((await next.textContent()) === 'See my result') break;
      const groups = popup.locator('fieldset.likert');
      for (let i = 0; i < (await groups.count()); i++)
        await groups.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
      const five = popup.getByRole('radio', { name: 'I am not sure yet' });
      if (await five.count()) await five.check();
      const before = await title.textContent();
      await next.click();
      await expect.poll(() => title.textContent()).not.toBe(before);
      expect(step).toBeLessThan(12);
    }
    await popup.close();
    expect(h.unrouted).toEqual([]);
  });

  it('opens the dashboard at the posting’s detail from its card', async () => {
    const job = h.context.pages().find((p) => p.url() === GREENHOUSE) as Page;
    const popup = await openPopupFor(h, job);
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Details and notes' }).click();
    const dash = await opened;
    await dash.getByRole('region', { name: 'Director, Analytical Development' }).waitFor();
    expect(dash.url()).toMatch(/\/dashboard\.html#postings\//);
    await dash.close();
    await popup.close();
  });
});
