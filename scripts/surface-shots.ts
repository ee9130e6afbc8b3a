/**
 * Screenshots of the extension's own pages in real Chromium, to look at
 * before calling a change to them done: the welcome page, the popup at its
 * real size, and each view of the dashboard, in light and dark, 1280 and
 * 390 px wide (the dashboard at 360 too), and with keyboard focus.
 * `node --import tsx scripts/surface-shots.ts [welcome|popup|dashboard]`
 * after `npx wxt build`; writes into test-results/surface-shots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from './extension-browser';

const OUT = resolve(import.meta.dirname, '../test-results/surface-shots');
const PROFILE = resolve(import.meta.dirname, '../examples/profiles/hybrid-leaning.json');
export const DEMO_POSTINGS = [
  {
    url: 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007',
    fixture: 'greenhouse/director-analytical-development.html',
  },
  {
    url: 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00',
    fixture: 'lever/staff-software-engineer.html',
  },
  {
    url: 'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/Tech-Lead-Manager--Search_R-10482',
    fixture: 'workday/tech-lead-manager-search.html',
  },
];
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(120);
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage });
  console.log(`✓ ${name}.png`);
}

/** Tabs until the named control has focus (at most 40 presses). */
async function tabTo(page: Page, matches: (el: Element) => boolean): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(
        (f) => Boolean(document.activeElement && new Function('el', `return (${f})(el)`)(document.activeElement)),
        matches.toString(),
      )
    )
      return;
  }
}

async function welcome(h: Harness) {
  const page = await h.extensionPage('welcome.html');
  for (const scheme of SCHEMES)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await shoot(page, `welcome-${scheme}-${width}`, true);
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await tabTo(page, (el) => el.textContent === 'Take the assessment');
  await shoot(page, 'welcome-keyboard-focus');
  await page.close();
}

async function importProfile(h: Harness) {
  const dash = await h.extensionPage('dashboard.html#data');
  await dash.locator('input[type="file"]').setInputFiles(PROFILE);
  await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await dash.close();
}

async function savePostings(h: Harness): Promise<Page[]> {
  const pages: Page[] = [];
  for (const demo of DEMO_POSTINGS) {
    const page = await h.context.newPage();
    await page.goto(demo.url);
    const panel = await openPanel(page, await waitForBadge(page));
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.keyboard.press('Escape');
    pages.push(page);
  }
  return pages;
}

/** The popup as Chrome shows it: 380 px wide, as tall as its content up to 600 px. */
async function popupShots(h: Harness, job: Page, prefix: string) {
  for (const scheme of SCHEMES) {
    const popup = await openPopupFor(h, job);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.locator('#profile-heading').waitFor();
    await popup.waitForTimeout(300);
    const height = await popup.evaluate(() => Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 600));
    console.log(`  ${prefix} ${scheme}: ${height} px tall`);
    await popup.setViewportSize({ width: 380, height: Math.min(600, height) });
    await shoot(popup, `${prefix}-${scheme}`);
    if (scheme === 'light') {
      await tabTo(popup, (el) => el.tagName === 'BUTTON');
      await shoot(popup, `${prefix}-keyboard-focus`);
      const take = popup.getByRole('button', { name: /Take the assessment|Take it again|Continue the assessment/ });
      if ((await take.count()) > 0) {
        await take.click();
        await popup.setViewportSize({ width: 380, height: 600 });
        for (let step = 1; step <= 9; step++) {
          await shoot(popup, `${prefix}-assessment-step-${step}`);
          const groups = popup.locator('fieldset.likert');
          for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(3).check();
          const five = popup.getByRole('radio', { name: 'I am not sure yet' });
          if ((await five.count()) > 0) await five.check();
          const next = popup.getByRole('button', { name: 'Next' });
          if ((await next.count()) === 0) break;
          await next.click();
        }
      }
    }
    await popup.close();
  }
}

async function dashboardShots(h: Harness) {
  const dash = await h.extensionPage('dashboard.html');
  await dash.getByRole('table', { name: 'Saved postings' }).waitFor();
  for (const scheme of SCHEMES)
    for (const width of [1280, 390, 360]) {
      await dash.emulateMedia({ colorScheme: scheme });
      await dash.setViewportSize({ width, height: 860 });
      for (const view of ['postings', 'profile', 'data']) {
        await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#${view}`);
        await dash.waitForTimeout(300);
        await shoot(dash, `dashboard-${view}-${scheme}-${width}`, view !== 'postings');
      }
      await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#postings`);
      const table = dash.getByRole('table', { name: 'Saved postings' });
      await table.getByRole('button', { name: 'Staff Software Engineer', exact: true }).click();
      await shoot(dash, `dashboard-detail-${scheme}-${width}`);
      await dash.keyboard.press('Escape');
      for (const title of ['Director, Analytical Development', 'Staff Software Engineer', 'Tech Lead Manager, Search'])
        await dash.getByRole('checkbox', { name: `Compare ${title}` }).check();
      await dash.getByRole('button', { name: /^Compare 3/ }).click();
      await dash.getByRole('region', { name: /^Comparing/ }).waitFor();
      await shoot(dash, `dashboard-compare-${scheme}-${width}`, true);
      await dash.getByRole('button', { name: 'Back to the list' }).click();
    }
  await dash.emulateMedia({ colorScheme: 'light' });
  await dash.setViewportSize({ width: 1280, height: 860 });
  await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#data`);
  await tabTo(dash, (el) => el.getAttribute('type') === 'file');
  await shoot(dash, 'dashboard-data-keyboard-focus-import');
  await dash.close();
}

async function main() {
  const only = process.argv[2];
  mkdirSync(OUT, { recursive: true });
  const h = await launchExtension();
  for (const demo of DEMO_POSTINGS) h.serve(demo.url, demo.fixture);
  try {
    if (!only || only === 'welcome') await welcome(h);
    if (!only || only === 'popup' || only === 'dashboard') {
      const blank = await h.context.newPage();
      if (!only || only === 'popup') await popupShots(h, blank, 'popup-no-posting-no-profile');
      const pages = await savePostings(h);
      if (!only || only === 'popup') await popupShots(h, pages[0] as Page, 'popup-posting-no-profile');
      await importProfile(h);
      if (!only || only === 'popup') await popupShots(h, pages[1] as Page, 'popup-posting-profile');
      if (!only || only === 'dashboard') await dashboardShots(h);
    }
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
