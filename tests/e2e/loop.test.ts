import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameHost, type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from '../../scripts/extension-browser';

const GREENHOUSE_URL = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER_URL = 'https://jobs.lever.co/ledgerline/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';

describe('the whole loop in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE_URL, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER_URL, 'lever/staff-software-engineer.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows a badge beside the posting title on a Greenhouse job page, and its panel on a click', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE_URL);
    const badge = await waitForBadge(page, /^Crossroads: (Leadership|Specialist|Hybrid) role\. Show why$/);
    expect((await frameHost(badge.frame)).inHeading).toBe(true);
    const panel = await openPanel(page, badge);
    expect(await panel.getByRole('dialog', { name: /^(Leadership|Specialist|Hybrid) role$/ }).count()).toBe(1);
    expect(await panel.locator('.reasons li').count()).toBeGreaterThan(0);
  });

  it('shifts no layout: at any window width the page measures the same with and without the badge', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE_URL);
    const badge = await waitForBadge(page);
    const host = await (await badge.frame.frameElement()).evaluateHandle((el) => (el.getRootNode() as ShadowRoot).host);
    // Across widths the title ends at every point of its line, so a badge that took space would wrap somewhere.
    for (let width = 360; width <= 1280; width += 20) {
      await page.setViewportSize({ width, height: 800 });
      // The badge keeps inside the window on resize, as the browser delivers it: before the next frame.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const boxes = await host.evaluate((hostEl) => {
        const measure = () => {
          const h1 = document.querySelector('h1')?.getBoundingClientRect();
          return [
            h1?.width,
            h1?.height,
            document.documentElement.scrollHeight,
            document.documentElement.scrollWidth,
            document.querySelector('.job__description')?.getBoundingClientRect().top,
          ];
        };
        const own = hostEl.getBoundingClientRect();
        const withBadge = measure();
        const parent = hostEl.parentNode;
        const next = hostEl.nextSibling;
        hostEl.remove();
        const without = measure();
        parent?.insertBefore(hostEl, next);
        return { withBadge, without, own: [own.width, own.height] };
      });
      expect(boxes.own, `width ${width}`).toEqual([0, 0]);
      expect(boxes.withBadge, `width ${width}`).toEqual(boxes.without);
    }
    await page.close();
  });

  it('stores the posting in the extension and the popup lists it, saved', async () => {
    const page = await h.context.newPage();
    await page.goto(LEVER_URL);
    const panel = await openPanel(page, await waitForBadge(page));
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Saved');

    const popup = await openPopupFor(h, page);
    const current = popup.getByRole('region', { name: 'On this page' });
    await expect.poll(() => current.getByRole('heading', { name: 'Staff Software Engineer' }).count()).toBe(1);
    // Saved: the card says so, and the count of saved postings leads to the dashboard's list.
    await expect.poll(() => current.getByRole('button', { name: 'Saved' }).isDisabled()).toBe(true);
    expect(await popup.getByRole('button', { name: '1 saved posting' }).count()).toBe(1);
    await popup.close();
    const dash = await h.extensionPage('dashboard.html');
    await dash.getByRole('table', { name: 'Saved postings' }).getByRole('button', { name: 'Staff Software Engineer' }).waitFor();
    await dash.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
