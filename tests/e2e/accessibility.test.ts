import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPopupFor } from '../../scripts/extension-browser';

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
async function axe(page: Page, include?: string[][]): Promise<string[]> {
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

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let h: Harness;
  let job: Page;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
    const dash = await h.extensionPage('dashboard.html');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.close();
    for (const url of [LEVER, GREENHOUSE]) {
      job = await h.context.newPage();
      await job.goto(url);
      await job.locator('crossroads-badge').getByRole('button').first().click({ timeout: 15_000 });
      await job.locator('crossroads-badge').getByRole('button', { name: 'Save' }).click();
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the badge works with the keyboard alone: Tab reaches it, Enter opens the panel, Escape closes it', async () => {
    const page = await h.context.newPage();
    await page.goto(GREENHOUSE);
    const badge = page.locator('crossroads-badge').getByRole('button').first();
    await badge.waitFor({ timeout: 15_000 });
    // Tab through the page until the badge has focus (it sits in the title, before the page's links).
    for (
      let i = 0;
      i < 10 &&
      !(await badge.evaluate(
        (b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b,
      ));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await badge.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(
      await page.locator('crossroads-badge').evaluate((host) => host.shadowRoot?.activeElement?.closest('.panel') !== null),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    expect(await badge.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the badge and its panel, ${scheme}`, async () => {
      await job.emulateMedia({ colorScheme: scheme });
      expect(
        await axe(job, [
          ['crossroads-badge', 'button.badge'],
          ['crossroads-badge', '.panel'],
        ]),
      ).toEqual([]);
    });

    it(`the popup, ${scheme}`, async () => {
      const popup = await openPopupFor(h, job);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('heading', { name: 'Director, Analytical Development' }).waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.getByRole('button', { name: /Take it again|Take the assessment/ }).click();
      await popup.locator('fieldset.likert').first().waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.close();
    });

    it(`the dashboard with its table, detail and comparison, ${scheme}`, async () => {
      const dash = await h.extensionPage('dashboard.html');
      await dash.emulateMedia({ colorScheme: scheme });
      await dash.getByRole('table', { name: 'Saved postings' }).waitFor();
      await dash.getByRole('checkbox', { name: 'Compare Director, Analytical Development' }).check();
      await dash.getByRole('checkbox', { name: 'Compare Staff Software Engineer' }).check();
      await dash.getByRole('button', { name: 'Compare 2 selected' }).click();
      await dash.getByRole('button', { name: 'Staff Software Engineer', exact: true }).click();
      await dash.getByRole('region', { name: 'Comparing 2 postings' }).waitFor();
      expect(await axe(dash)).toEqual([]);
      await dash.close();
    });
  }
});
