import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, waitForBadge } from '../../scripts/extension-browser';

const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER = 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';
/** XING's job page in the shape it serves, in Munich: its place has an accent. */
const MUNICH = 'https://www.xing.com/jobs/muenchen-senior-data-engineer-123456789';
const MUNICH_TITLE = 'Senior Data Engineer (w/m/d)';
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/hybrid-leaning.json');

const table = (dash: Page) => dash.getByRole('table', { name: 'Saved postings' });
const titles = (dash: Page) => table(dash).locator('.cell-title').allTextContents();

/** The page scrolls sideways by this much (0 when it fits the window). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

describe('the dashboard', () => {
  let h: Harness;
  let dash: Page;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
    h.serve(MUNICH, 'xing/job.html');
    const data = await h.extensionPage('dashboard.html#data');
    await data.locator('input[type="file"]').setInputFiles(PROFILE);
    await data.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await data.close();
    for (const url of [GREENHOUSE, LEVER, MUNICH]) {
      const page = await h.context.newPage();
      await page.goto(url);
      const panel = await openPanel(page, await waitForBadge(page));
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await page.close();
    }
    dash = await h.extensionPage('dashboard.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens on the saved postings, and gives the profile and the settings views of their own', async () => {
    await table(dash).waitFor();
    expect(await dash.getByRole('heading', { level: 2 }).first().textContent()).toBe('Saved postings');
    const nav = dash.getByRole('navigation', { name: 'Sections' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Saved postings', 'Profile', 'Settings']);
    expect(await nav.getByRole('link', { name: 'Saved postings' }).getAttribute('aria-current')).toBe('page');
    // The profile and its history are not on this view.
    expect(await dash.getByRole('heading', { name: /Suggested path/ }).isVisible()).toBe(false);
    await nav.getByRole('link', { name: 'Profile' }).click();
    await dash.getByRole('heading', { name: /Suggested path/ }).waitFor();
    expect(await dash.getByRole('heading', { name: 'Over time' }).isVisible()).toBe(true);
    expect(await table(dash).isVisible()).toBe(false);
    // Focus moves to the new view's title, as a new page's would.
    expect(await dash.evaluate(() => document.activeElement?.textContent)).toBe('Profile');
    expect(await dash.title()).toBe('Profile · Crossroads');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await dash.getByRole('button', { name: 'Export everything' }).waitFor();
    expect(await dash.getByRole('checkbox', { name: /Find postings on every site/ }).isVisible()).toBe(true);
    // Back returns to the profile, as in any page.
    await dash.goBack();
    await dash.getByRole('heading', { name: /Suggested path/ }).waitFor();
    await nav.getByRole('link', { name: 'Saved postings' }).click();
  });

  it('finds postings whatever the case and accents: “munchen” finds München, “MULLER” a note’s Müller', async () => {
    await table(dash).getByRole('button', { name: 'Staff Software Engineer' }).click();
    const notes = dash.getByRole('region', { name: 'Staff Software Engineer' }).getByRole('textbox', { name: 'Notes' });
    await notes.fill('Referral from Jürgen Müller');
    await dash.keyboard.press('Escape');
    const search = dash.getByRole('searchbox', { name: 'Search' });
    await search.fill('munchen');
    await expect.poll(() => titles(dash)).toEqual([MUNICH_TITLE]);
    const count = dash.getByRole('status').filter({ hasText: /postings?$/ });
    expect(await count.textContent()).toBe('1 of 3 postings');
    await search.fill('MÜNCHEN');
    await expect.poll(() => titles(dash)).toEqual([MUNICH_TITLE]);
    await search.fill('jurgen MULLER');
    await expect.poll(() => titles(dash)).toEqual(['Staff Software Engineer']);
    await search.fill('zurich');
    await expect.poll(() => titles(dash)).toEqual([]);
    await search.fill('');
    await expect.poll(async () => (await titles(dash)).length).toBe(3);
    expect(
      await dash
        .getByRole('status')
        .filter({ hasText: /postings?$/ })
        .textContent(),
    ).toBe('3 postings');
  });

  it('opens a posting’s detail beside the table at 1280 px with focus in it; Escape closes it and focus returns to its row', async () => {
    await dash.setViewportSize({ width: 1280, height: 860 });
    await table(dash).getByRole('button', { name: 'Staff Software Engineer' }).click();
    const detail = dash.getByRole('region', { name: 'Staff Software Engineer' });
    await detail.waitFor();
    await expect.poll(() => detail.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    const [list, side] = [await table(dash).boundingBox(), await detail.boundingBox()];
    // Beside: to the right of the table, both in view.
    expect(side && list && side.x >= list.x + list.width).toBe(true);
    expect(side && side.y < 860).toBe(true);
    await dash.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    expect(await dash.evaluate(() => document.activeElement?.textContent)).toBe('Staff Software Engineer');
  });

  it('opens it over the table at 390 px, the list behind out of reach, and closes it with its button', async () => {
    await dash.setViewportSize({ width: 390, height: 800 });
    await table(dash).getByRole('button', { name: 'Staff Software Engineer' }).click();
    const detail = dash.getByRole('region', { name: 'Staff Software Engineer' });
    await detail.waitFor();
    const box = await detail.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390 });
    await expect.poll(() => detail.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    expect(await dash.locator('.saved-list').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    expect(await sideways(dash)).toBeLessThanOrEqual(0);
    await detail.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => detail.count()).toBe(0);
    await dash.setViewportSize({ width: 1280, height: 860 });
  });

  it('dismisses a posting from its detail, and Undo brings it back as it was', async () => {
    await table(dash).getByRole('button', { name: 'Director, Analytical Development' }).click();
    const detail = dash.getByRole('region', { name: 'Director, Analytical Development' });
    await detail.getByRole('combobox', { name: 'Status' }).selectOption('interviewing');
    await expect.poll(() => detail.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('interviewing');
    await detail.getByRole('button', { name: 'Dismiss' }).click();
    // Gone from the list of saved postings, the detail closed, and the keyboard on Undo.
    await expect.poll(() => titles(dash)).not.toContain('Director, Analytical Development');
    expect(await detail.count()).toBe(0);
    const toast = dash.locator('.toast');
    expect(await toast.textContent()).toContain('Dismissed “Director, Analytical Development”.');
    await expect.poll(() => dash.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await dash.keyboard.press('Enter');
    await expect.poll(() => titles(dash)).toContain('Director, Analytical Development');
    expect(await toast.count()).toBe(0);
    await table(dash).getByRole('button', { name: 'Director, Analytical Development' }).click();
    expect(await detail.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('interviewing');
    await detail.getByRole('button', { name: 'Close' }).click();
  });

  it('never scrolls sideways from 360 px up: the list, a detail, the comparison, the profile and the settings', async () => {
    const nav = dash.getByRole('navigation', { name: 'Sections' });
    for (const width of [360, 390, 768, 1024, 1280]) {
      await dash.setViewportSize({ width, height: 800 });
      await nav.getByRole('link', { name: 'Saved postings' }).click();
      expect(await sideways(dash), `list at ${width}`).toBeLessThanOrEqual(0);
      await table(dash).getByRole('button', { name: MUNICH_TITLE }).click();
      await dash.getByRole('region', { name: MUNICH_TITLE }).waitFor();
      expect(await sideways(dash), `detail at ${width}`).toBeLessThanOrEqual(0);
      await dash.keyboard.press('Escape');
      for (const title of ['Director, Analytical Development', 'Staff Software Engineer', MUNICH_TITLE])
        await dash.getByRole('checkbox', { name: `Compare ${title}` }).check();
      await dash.getByRole('button', { name: 'Compare 3 selected' }).click();
      await dash.getByRole('region', { name: 'Comparing 3 postings' }).waitFor();
      expect(await sideways(dash), `comparison at ${width}`).toBeLessThanOrEqual(0);
      await dash.getByRole('button', { name: 'Back to the list' }).click();
      for (const title of ['Director, Analytical Development', 'Staff Software Engineer', MUNICH_TITLE])
        await dash.getByRole('checkbox', { name: `Compare ${title}` }).uncheck();
      for (const view of ['Profile', 'Settings']) {
        await nav.getByRole('link', { name: view }).click();
        await dash.waitForTimeout(100);
        expect(await sideways(dash), `${view} at ${width}`).toBeLessThanOrEqual(0);
      }
    }
    expect(h.unrouted).toEqual([]);
  });
});
