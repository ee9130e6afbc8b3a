import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, shownBadges, shownPanel, waitForBadge } from '../../scripts/extension-browser';

/**
 * The badge's panel from the user's side (issue 13.2): a popover that stays
 * inside the window on one- and two-pane pages at any width, one at a time,
 * closed by Escape, a click outside or its close button; correct before a
 * profile exists; Dismiss with Undo. The keyboard path and axe are in
 * accessibility.test.ts.
 */
const SEARCH = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead';
const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';

const panelFrames = (page: Page) => page.frames().filter((f) => !f.isDetached() && f.url().includes('/panel.html#'));

/** The panel frame's box in the window, through the browser's own view of it. */
async function panelBox(panel: Frame) {
  const box = await (await panel.frameElement()).boundingBox();
  if (!box) throw new Error('the panel has no box');
  return box;
}

async function closed(page: Page) {
  await expect.poll(async () => (await shownPanel(page)) === undefined).toBe(true);
}

describe('the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(SEARCH, 'linkedin/search-spa.html');
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const width of [1280, 1024, 390]) {
    it(`stays inside the window at ${width} px on a two-pane page, and follows its badge when the page scrolls`, async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width, height: 760 });
      await page.goto(SEARCH);
      const panel = await openPanel(page);
      for (const step of ['opened', 'scrolled']) {
        const box = await panelBox(panel);
        const view = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: innerHeight }));
        expect(box.x, step).toBeGreaterThanOrEqual(0);
        expect(box.y, step).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, step).toBeLessThanOrEqual(view.w);
        expect(box.y + box.height, step).toBeLessThanOrEqual(view.h);
        expect(box.width, step).toBeGreaterThanOrEqual(Math.min(360, view.w - 16));
        // Its text is not squeezed: no reason wraps word by word.
        for (const height of await panel
          .locator('.reason')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
          expect(height, step).toBeLessThan(70);
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(200);
      }
      // Below or above the badge, never over it.
      const badge = await (await (await waitForBadge(page)).frame.frameElement()).boundingBox();
      const box = await panelBox(panel);
      if (badge) expect(box.y >= badge.y + badge.height || box.y + box.height <= badge.y).toBe(true);
      await page.close();
    });
  }

  it('is one at a time: the next job’s badge replaces the panel, and a second click on the badge closes it', async () => {
    const page = await h.context.newPage();
    await page.goto(SEARCH);
    const first = await openPanel(page);
    expect(panelFrames(page)).toHaveLength(1);
    const before = (await waitForBadge(page)).frame;
    // Another job from the list: its badge replaces the first, and the first job's panel goes with it.
    await page.locator('[data-job-id="4100000002"]').click();
    await expect.poll(async () => (await shownBadges(page)).some((b) => b.frame !== before)).toBe(true);
    await expect.poll(() => first.isDetached()).toBe(true);
    const second = await openPanel(
      page,
      (await shownBadges(page)).find((b) => b.frame !== before),
    );
    expect(panelFrames(page)).toEqual([second]);
    (await shownBadges(page))[0]?.button.click();
    await closed(page);
    await expect.poll(() => panelFrames(page).length).toBe(0);
    await page.close();
  });

  it('closes on a click outside and on its close button; a click inside never reaches the page', async () => {
    const page = await h.context.newPage();
    await page.goto(SEARCH);
    let panel = await openPanel(page);
    const url = page.url();
    // Clicks inside: the title link under it is never followed, the page sees nothing.
    await page.evaluate(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      addEventListener('click', () => (window as unknown as { clicks: number }).clicks++, true);
    });
    await panel.locator('.verdict').click();
    await panel.locator('summary').first().click();
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(0);
    expect(page.url()).toBe(url);
    expect(await shownPanel(page)).toBe(panel);
    // Outside: it closes.
    await page.mouse.click(5, 700);
    await closed(page);
    panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Close' }).click();
    await closed(page);
    await page.close();
  });

  it('before a profile exists: a verdict, at most three reasons in whole lines, their words in the posting, and the way to the assessment', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE);
    const panel = await openPanel(page);
    expect(await panel.locator('.verdict').textContent()).toMatch(/^An? (leadership|specialist|hybrid) role, [^.]+\.$/);
    expect(await panel.locator('.signals').textContent()).toMatch(/: (clear|some signs|unclear)$/);
    const reasons = panel.locator('.reason');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.count()).toBeLessThanOrEqual(3);
    // Each reason reads on one or two lines (before, a reason without a profile printed one word per line).
    for (const r of await reasons.evaluateAll((els) =>
      els.map((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height })),
    )) {
      expect(r.w).toBeGreaterThan(250);
      expect(r.h).toBeLessThan(45);
    }
    // The quotes are folded until asked for.
    expect(await panel.locator('mark').first().isVisible()).toBe(false);
    await panel.locator('summary').first().click();
    expect(await panel.locator('mark').first().isVisible()).toBe(true);
    expect(await panel.locator('#root').textContent()).not.toMatch(/\d[.,]\d|%|fit \d/);
    // "Take the assessment" opens the dashboard's assessment, once per click, and not without end.
    const opened: Page[] = [];
    h.context.on('page', (p) => opened.push(p));
    const take = panel.getByRole('button', { name: 'Take the assessment' });
    for (let i = 0; i < 5; i++) await take.click();
    await expect.poll(() => opened.length).toBe(3);
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Try again in a minute');
    expect(opened.every((p) => p.url().includes('/dashboard.html#assess'))).toBe(true);
    await Promise.all(opened.map((p) => p.close()));
    await page.close();
  });

  it('dismisses with Undo: undone, the badge stays; dismissed, it goes when the panel closes', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE);
    let panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Dismissed');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Back as it was.');
    // Focus stays on the button that was pressed, now Dismiss again.
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Dismiss');
    await page.keyboard.press('Escape');
    await closed(page);
    expect(await shownBadges(page)).toHaveLength(1);
    panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shownBadges(page)).length).toBe(0);
    await page.close();
    expect(h.unrouted).toEqual([]);
  });
});
