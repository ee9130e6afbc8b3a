import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from '../../scripts/extension-browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER = 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/specialist-leaning.json');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations, optionally within some (shadow) selectors. */
async function axe(page: Page | Frame, include?: string[][]): Promise<string[]> {
  // Evaluated through the debugging protocol, so extension pages' CSP does not stop it.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (inc) => {
    const run = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } })
      .axe.run;
    const result = await run(inc ? { include: inc } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
}

/** The panel's frame once it is shown (opened by the keyboard, not by a click). */
async function shownPanelFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => !f.isDetached() && f.url().includes('/panel.html#'));
    if (frame && (await frame.locator('.verdict').count()) > 0 && (await (await frame.frameElement()).isVisible())) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no panel');
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let h: Harness;
  let job: Page;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.close();
    for (const url of [LEVER, GREENHOUSE]) {
      job = await h.context.newPage();
      await job.goto(url);
      const panel = await openPanel(job);
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await job.keyboard.press('Escape');
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the badge works with the keyboard alone: Tab reaches it, Enter opens the panel with focus inside, Tab stays in, Escape and the close button close it with focus back on the badge', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE);
    const badge = await waitForBadge(page);
    const badgeFocused = () => badge.button.evaluate((b) => document.hasFocus() && document.activeElement === b);
    // Tab through the page until the badge has focus (it sits in the title, before the page's links).
    for (let i = 0; i < 10 && !(await badgeFocused()); i++) await page.keyboard.press('Tab');
    expect(await badgeFocused()).toBe(true);
    await page.keyboard.press('Enter');
    const panel = await shownPanelFrame(page);
    const focusInPanel = () =>
      panel.evaluate(() => document.hasFocus() && (document.querySelector('.panel')?.contains(document.activeElement) ?? false));
    await expect.poll(focusInPanel).toBe(true);
    // Tab and Shift+Tab, past either end, never leave the panel for the page.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel(), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInPanel(), `Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(badgeFocused).toBe(true);
    await expect.poll(() => page.frames().some((f) => !f.isDetached() && f.url().includes('/panel.html#'))).toBe(false);
    // Enter opens it again; its close button, reached by Tab, closes it, focus back on the badge.
    await page.keyboard.press('Enter');
    const again = await shownPanelFrame(page);
    await expect.poll(() => again.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Tab');
    expect(await again.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
    await page.keyboard.press('Enter');
    await expect.poll(badgeFocused).toBe(true);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      it(`the badge and its panel, ${scheme}, ${width} px`, async () => {
        await job.setViewportSize({ width, height: 800 });
        await job.emulateMedia({ colorScheme: scheme });
        const badge = await waitForBadge(job);
        expect(await axe(badge.frame)).toEqual([]);
        const panel = await openPanel(job, badge);
        await panel.locator('summary').first().click();
        expect(await axe(panel)).toEqual([]);
        await job.keyboard.press('Escape');
      });
    }

    for (const width of [1280, 390]) {
      it(`the welcome page, ${scheme}, ${width} px`, async () => {
        const page = await h.extensionPage('welcome.html');
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByRole('heading', { name: 'Welcome to Crossroads' }).waitFor();
        expect(await axe(page)).toEqual([]);
        await page.close();
      });

      it(`the popup: a posting, the profile and the assessment, ${scheme}, ${width} px`, async () => {
        const popup = await openPopupFor(h, job);
        await popup.setViewportSize({ width, height: 600 });
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.getByRole('heading', { name: 'Director, Analytical Development' }).waitFor();
        await popup.getByRole('heading', { name: /Suggested path/ }).waitFor();
        expect(await axe(popup)).toEqual([]);
        await popup.getByRole('button', { name: /Take it again|Take the assessment|Continue the assessment/ }).click();
        await popup.locator('fieldset.likert').first().waitFor();
        expect(await axe(popup)).toEqual([]);
        await popup.close();
        const empty = await h.extensionPage('popup.html');
        await empty.setViewportSize({ width, height: 600 });
        await empty.emulateMedia({ colorScheme: scheme });
        await empty.getByRole('heading', { name: 'Your profile' }).waitFor();
        expect(await axe(empty)).toEqual([]);
        await empty.close();
      });

      it(`the dashboard: the table, a detail, the comparison, the profile and the settings, ${scheme}, ${width} px`, async () => {
        const dash = await h.extensionPage('dashboard.html');
        await dash.setViewportSize({ width, height: 860 });
        await dash.emulateMedia({ colorScheme: scheme });
        const table = dash.getByRole('table', { name: 'Saved postings' });
        await table.waitFor();
        expect(await axe(dash), 'the table').toEqual([]);
        await table.getByRole('button', { name: 'Staff Software Engineer', exact: true }).click();
        await dash.getByRole('region', { name: 'Staff Software Engineer' }).waitFor();
        expect(await axe(dash), 'a detail').toEqual([]);
        await dash.keyboard.press('Escape');
        await dash.getByRole('checkbox', { name: 'Compare Director, Analytical Development' }).check();
        await dash.getByRole('checkbox', { name: 'Compare Staff Software Engineer' }).check();
        await dash.getByRole('button', { name: 'Compare 2 selected' }).click();
        await dash.getByRole('region', { name: 'Comparing 2 postings' }).waitFor();
        expect(await axe(dash), 'the comparison').toEqual([]);
        const nav = dash.getByRole('navigation', { name: 'Sections' });
        await nav.getByRole('link', { name: 'Profile' }).click();
        await dash.getByRole('heading', { name: 'Over time' }).waitFor();
        expect(await axe(dash), 'the profile').toEqual([]);
        await nav.getByRole('link', { name: 'Settings' }).click();
        await dash.getByRole('button', { name: 'Export everything' }).waitFor();
        expect(await axe(dash), 'the settings').toEqual([]);
        await dash.close();
      });
    }
  }
});
