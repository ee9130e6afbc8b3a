import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPopupFor } from '../../scripts/extension-browser';

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

  it('shows a badge beside the posting title on a Greenhouse job page', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE_URL);
    const badge = page.locator('h1 crossroads-badge').getByRole('button', { name: /Leadership role/ });
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    await badge.click();
    const panel = page.getByRole('dialog', { name: /Crossroads: Leadership role/ });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('listitem').count()).toBeGreaterThan(0);
  });

  it('shifts no layout: at any window width the page measures the same with and without the badge', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE_URL);
    await page.locator('h1 crossroads-badge').getByRole('button').waitFor({ timeout: 15_000 });
    // Across widths the title ends at every point of its line, so a badge that took space would wrap somewhere.
    for (let width = 360; width <= 1280; width += 20) {
      await page.setViewportSize({ width, height: 800 });
      const boxes = await page.evaluate(() => {
        const measure = () => {
          const h1 = document.querySelector('h1')?.getBoundingClientRect();
          return [
            h1?.width,
            h1?.height,
            document.documentElement.scrollHeight,
            document.querySelector('.job__description')?.getBoundingClientRect().top,
          ];
        };
        const host = document.querySelector('crossroads-badge');
        const own = host?.getBoundingClientRect();
        const withBadge = measure();
        const parent = host?.parentNode;
        host?.remove();
        const without = measure();
        if (host && parent) parent.appendChild(host);
        return { withBadge, without, own: [own?.width, own?.height] };
      });
      expect(boxes.own, `width ${width}`).toEqual([0, 0]);
      expect(boxes.withBadge, `width ${width}`).toEqual(boxes.without);
    }
    await page.close();
  });

  it('stores the posting in the extension and the popup lists it, saved', async () => {
    const page = await h.context.newPage();
    await page.goto(LEVER_URL);
    const badge = page.locator('crossroads-badge').getByRole('button', { name: /Specialist role/ });
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    await badge.click();
    await page.locator('crossroads-badge').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('crossroads-badge').getByRole('status').textContent()).toContain('Saved');

    const popup = await openPopupFor(h, page);
    const current = popup.getByRole('region', { name: 'On this page' });
    await expect.poll(() => current.getByRole('heading', { name: 'Staff Software Engineer' }).count()).toBe(1);
    expect(await current.getByText('Specialist').count()).toBeGreaterThan(0);
    const saved = popup.getByRole('list', { name: 'Saved postings' });
    await expect.poll(() => saved.getByRole('link', { name: 'Staff Software Engineer' }).count()).toBe(1);
    await popup.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
