import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameHost, type Harness, launchExtension, openPanel, waitForBadge } from '../../scripts/extension-browser';

const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER = 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/leader-leaning.json');
const SHOTS = resolve(import.meta.dirname, '../../test-results');

describe('fit with reasons, saving and comparing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the fit for a stored profile, explains it, saves the posting and compares two in the dashboard', async () => {
    // A stored example profile, imported the way a user restores a backup.
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await expect
      .poll(() => dash.getByRole('status').filter({ hasText: 'Imported' }).innerText())
      .toBe('Imported the file:\n\n2 profiles added');

    const page = await h.context.newPage();
    await page.goto(GREENHOUSE);
    const badge = await waitForBadge(page, /^Crossroads: (Leadership|Specialist|Hybrid), fit \d+ of 100\. Show why$/);
    expect((await frameHost(badge.frame)).inHeading).toBe(true);
    // The badge says the fit in words too: "fit 82" beside the label.
    expect(await badge.button.textContent()).toMatch(/fit \d+$/);
    const leaderFit = Number(badge.name.match(/fit (\d+)/)?.[1]);
    expect(leaderFit).toBeGreaterThanOrEqual(75);
    const panel = await openPanel(page, badge);
    expect(await panel.getByRole('dialog', { name: /^(Leadership|Specialist|Hybrid) role, fit \d+ of 100$/ }).count()).toBe(1);
    expect(await panel.locator('.reasons li').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator('.reasons li').count()).toBeLessThanOrEqual(3);
    // No decimals, percentages or internal scales anywhere in the panel.
    expect(await panel.locator('#root').textContent()).not.toMatch(/\d[.,]\d|%|−1|\+1|of 100\)/);
    await panel.locator('summary').first().click();
    expect(await panel.locator('mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(SHOTS, 'fit-badge-panel.png') });
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Saved');

    const second = await h.context.newPage();
    await second.goto(LEVER);
    const ic = await waitForBadge(second, /fit \d+ of 100/);
    expect(Number(ic.name.match(/fit (\d+)/)?.[1])).toBeLessThan(leaderFit);
    const icPanel = await openPanel(second, ic);
    await icPanel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => icPanel.getByRole('status').textContent()).toContain('Saved');

    await dash.getByRole('link', { name: 'Saved postings' }).click();
    const table = dash.getByRole('table', { name: 'Saved postings' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await table.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'Fit' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('Director, Analytical Development');
    await dash.getByRole('checkbox', { name: 'Compare Director, Analytical Development' }).check();
    await dash.getByRole('checkbox', { name: 'Compare Staff Software Engineer' }).check();
    await dash.getByRole('button', { name: 'Compare 2 selected' }).click();
    const compare = dash.getByRole('region', { name: 'Comparing 2 postings' });
    await compare.waitFor();
    expect(await compare.getByRole('article').getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Director, Analytical Development',
      'Staff Software Engineer',
    ]);
    // Fit first: the best match for this leader-leaning profile, with its reason, before any demand.
    const best = compare.locator('.best-match');
    expect(await best.textContent()).toMatch(
      /^Best match for you: Director, Analytical Development · fit \d+, (strong|good|mixed|poor)Above all: /,
    );
    expect(await compare.locator('.fit-number').allTextContents()).toEqual([
      expect.stringMatching(/^Fit \d+$/),
      expect.stringMatching(/^Fit \d+$/),
    ]);
    // Six dimensions each: what the role asks as a bar, or "Not stated" when no phrase of the posting speaks to it.
    const meters = await compare.locator('meter').count();
    const notStated = await compare.getByText('Not stated', { exact: true }).count();
    expect(notStated).toBeGreaterThan(0);
    expect(meters + notStated).toBe(12);
    // Every stated demand says its gap in words, as its colour does.
    const words = await compare.locator('.demand-words:not(.not-stated)').allTextContents();
    expect(words).toHaveLength(meters);
    for (const w of words)
      expect(w).toMatch(/^asks \d+ · you \d+ · (close to what you want|some way off|far from what you want)$/);
    const gaps = await compare.locator('.demand').evaluateAll((els) => els.map((e) => e.className));
    expect(gaps.every((c) => /gap-(close|some|far)/.test(c))).toBe(true);
    await compare.scrollIntoViewIfNeeded();
    await dash.screenshot({ path: resolve(SHOTS, 'dashboard-compare.png'), fullPage: true });

    // Pipeline and notes stay after a reload.
    await compare.getByRole('button', { name: 'Back to the list' }).click();
    await table.getByRole('button', { name: 'Staff Software Engineer' }).click();
    const detail = dash.getByRole('region', { name: 'Staff Software Engineer' });
    await detail.getByRole('combobox', { name: 'Status' }).selectOption('applied');
    await detail.getByRole('textbox', { name: 'Notes' }).fill('Referral from Sam.');
    await detail.getByRole('button', { name: 'Close' }).focus();
    await dash.reload();
    await dash.getByRole('checkbox', { name: 'Applied' }).waitFor();
    await table.getByRole('button', { name: 'Staff Software Engineer' }).click();
    expect(await dash.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Referral from Sam.');
    expect(await dash.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('applied');
    expect(h.unrouted).toEqual([]);
  });
});
