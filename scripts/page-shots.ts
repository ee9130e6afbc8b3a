/**
 * Screenshots of the badge and its panel in real Chromium, to look at before
 * calling a change to them done: light and dark, 1280 and 390 px wide, a
 * two-pane (LinkedIn-style) page, a coloured header, keyboard focus, with and
 * without a profile. `node --import tsx scripts/page-shots.ts` after
 * `npx wxt build`; writes into test-results/page-shots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openPanel, waitForBadge } from './extension-browser';

const OUT = resolve(import.meta.dirname, '../test-results/page-shots');
const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LINKEDIN = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead';
const COLOURED = 'https://job-boards.greenhouse.io/colour/jobs/1';
const PROFILE = resolve(import.meta.dirname, '../examples/profiles/hybrid-leaning.json');

/** A page whose header is the badge's own indigo and whose body is dark, the hardest backgrounds for it. */
const COLOURED_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Coloured</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Engineering Manager, Payments',
  description: '<p>You will manage a team of 6 engineers and run hiring. You will not write production code.</p>',
  hiringOrganization: { name: 'Acme' },
})}</script></head>
<body style="margin:0;font-family:sans-serif;background:#0d1117;color:#e6edf3">
<header style="background:#3730a3;color:#fff;padding:24px 32px"><h1 style="margin:0;font-size:28px">Engineering Manager, Payments</h1></header>
<main style="padding:24px 32px"><p>You will manage a team of 6 engineers and run hiring.</p></main></body></html>`;

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(150);
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  console.log(`✓ ${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const h = await launchExtension();
  h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
  h.serve(LINKEDIN, 'linkedin/search-spa.html');
  h.serveHtml(COLOURED, COLOURED_HTML);
  const page = await h.context.newPage();

  const round = async (prefix: string) => {
    for (const [scheme, width] of [
      ['light', 1280],
      ['dark', 1280],
      ['light', 390],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(GREENHOUSE);
      await waitForBadge(page);
      await shoot(page, `${prefix}-greenhouse-${scheme}-${width}-badge`);
      await openPanel(page);
      await shoot(page, `${prefix}-greenhouse-${scheme}-${width}-panel`);
    }
    for (const width of [1280, 1024, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(LINKEDIN);
      await openPanel(page);
      await shoot(page, `${prefix}-linkedin-two-pane-${width}-panel`);
    }
  };

  await round('no-profile');
  const dash = await h.extensionPage('dashboard.html#data');
  await dash.locator('input[type="file"]').setInputFiles(PROFILE);
  await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await dash.close();
  await round('profile');

  // The reasons unfolded, in light and dark, and the Dismiss state with its Undo.
  for (const scheme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(GREENHOUSE);
    const panel = await openPanel(page);
    for (const summary of await panel.locator('summary').all()) await summary.click();
    await shoot(page, `profile-greenhouse-${scheme}-reasons-open`);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    await shoot(page, `profile-greenhouse-${scheme}-dismissed`);
    await panel.getByRole('button', { name: 'Undo' }).click();
  }

  // The badge on its own colour and on a dark page, and keyboard focus on it.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(COLOURED);
  await waitForBadge(page);
  await shoot(page, 'profile-coloured-header-badge');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(GREENHOUSE);
  const badge = await waitForBadge(page);
  for (let i = 0; i < 10 && !(await badge.button.evaluate((b) => document.activeElement === b && document.hasFocus())); i++)
    await page.keyboard.press('Tab');
  await shoot(page, 'profile-keyboard-focus-badge');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  await page.keyboard.press('Tab');
  await shoot(page, 'profile-keyboard-focus-panel');
  await h.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
