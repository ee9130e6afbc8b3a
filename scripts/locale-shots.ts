/**
 * Screenshots of every surface in another language, to see whether the words
 * fit (German runs about 30% longer than English): the badge and the panel on
 * a job page, the popup with and without a profile and its assessment, the
 * dashboard's views, the comparison, the check-in and the welcome page, in
 * light and dark, 1280 and 390 px wide. It also lists what does not fit:
 * text cut off inside its box, and anything reaching past the window's right
 * edge (outside a box that scrolls on purpose, like the postings table).
 * `node --import tsx scripts/locale-shots.ts [de|fr|es]` after `npx wxt build`;
 * writes into test-results/locale-shots/<lang>/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { CATALOGUES, type Language } from '../lib/i18n/catalogues';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from './extension-browser';

const language = (process.argv[2] ?? 'de') as Language;
const W = CATALOGUES[language] as Readonly<Record<string, string>>;
if (!W) throw new Error(`No catalogue for ${language}: one of ${Object.keys(CATALOGUES).join(', ')}`);
const OUT = resolve(import.meta.dirname, `../test-results/locale-shots/${language}`);
const PROFILE = resolve(import.meta.dirname, '../examples/profiles/hybrid-leaning.json');
/** German postings first (their titles and words are the longest a German user sees), one English. */
const POSTINGS = [
  {
    url: 'https://www.stepstone.de/stellenangebote--Teamleiter-Kundenservice-m-w-d-Hamburg-Nordlicht-Versand-GmbH--11234567-inline.html',
    fixture: 'stepstone/job-ad.html',
  },
  { url: 'https://hafenblick.jobs.personio.de/job/1458823', fixture: 'personio/teamleitung-lohn.html' },
  {
    url: 'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/Tech-Lead-Manager--Search_R-10482',
    fixture: 'workday/tech-lead-manager-search.html',
  },
];
const SCHEMES = ['light', 'dark'] as const;
const problems: string[] = [];

/** The words of a key with $1, $2 … filled, as the browser would say them. */
const say = (key: string, ...args: Array<string | number>) =>
  (W[key] ?? key).replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));

/** Text cut off inside its box, and boxes past the right edge, outside anything that scrolls sideways on purpose. */
async function misfits(where: Page | Frame, name: string): Promise<void> {
  // A string, not a function: tsx would wrap the function's inner functions in a helper the page lacks.
  const found = (await where.evaluate(`(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      out.push(\`the page scrolls sideways (\${document.documentElement.scrollWidth} px in \${width} px)\`);
    const scrolls = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if ((x === 'auto' || x === 'scroll') && p !== document.documentElement && p !== document.body) return true;
      }
      return false;
    };
    const what = (el) => \`<\${el.tagName.toLowerCase()}\${el.id ? \`#\${el.id}\` : ''}> “\${(el.textContent ?? '').trim().slice(0, 60)}”\`;
    for (const el of document.querySelectorAll('button, a, label, summary, select, th, h1, h2, h3, p, li, span, legend')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      // Ellipsis is a choice (posting titles in the table, with the whole title beside them): not a misfit.
      if (style.textOverflow === 'ellipsis') continue;
      const clips = style.overflowX !== 'visible' || el.tagName === 'BUTTON';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        out.push(\`\${what(el)} is cut off (\${el.scrollWidth} px in \${el.clientWidth} px)\`);
      if (box.right > width + 1 && !scrolls(el)) out.push(\`\${what(el)} reaches \${Math.round(box.right)} px, past \${width} px\`);
    }
    return out;
  })()`)) as string[];
  for (const f of found) problems.push(`${name}: ${f}`);
}

async function shoot(page: Page, name: string, fullPage = false, frame?: Frame) {
  await page.waitForTimeout(150);
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage });
  await misfits(frame ?? page, name);
  console.log(`✓ ${name}.png`);
}

/** Opens the badge's panel; a badge drawn again while we aimed (after a resize, a new profile) gets a fresh page load. */
async function panelOf(page: Page): Promise<Frame> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openPanel(page, await waitForBadge(page), 10_000);
    } catch (e) {
      if (attempt === 3) throw e;
      await page.reload();
    }
  }
}

async function panelShots(page: Page, prefix: string) {
  await page.bringToFront();
  for (const scheme of SCHEMES)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 860 });
      const panel = await panelOf(page);
      const badge = page.frames().find((f) => f.url().includes('/badge.html#'));
      if (badge) await misfits(badge, `${prefix}-badge-${scheme}-${width}`);
      await shoot(page, `${prefix}-${scheme}-${width}`, false, panel);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function popupShots(h: Harness, job: Page, prefix: string, assessment = false) {
  for (const scheme of SCHEMES) {
    const popup = await openPopupFor(h, job);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.locator('#profile-heading').waitFor();
    await popup.waitForTimeout(300);
    // Its natural height, measured in a window shorter than any popup, as Chrome sizes it.
    await popup.setViewportSize({ width: 380, height: 100 });
    const [height, inner] = (await popup.evaluate(`(() => {
      const main = document.querySelector('main');
      return [document.documentElement.scrollHeight, main ? main.scrollHeight - main.clientHeight : 0];
    })()`)) as [number, number];
    // Chrome gives a popup at most 600 px: what is taller scrolls.
    if (height > 600 || inner > 1)
      problems.push(
        `${prefix}-${scheme}: the popup is ${height} px tall and scrolls ${inner} px inside, past the 600 px a popup gets`,
      );
    await popup.setViewportSize({ width: 380, height: Math.min(600, height) });
    await shoot(popup, `${prefix}-${scheme}`);
    if (assessment) {
      const take = [W.profileTake, W.profileRetake, W.profileContinue].map((w) => `^${w}$`).join('|');
      await popup.getByRole('button', { name: new RegExp(take) }).click();
      await popup.setViewportSize({ width: 380, height: 600 });
      for (let step = 1; step <= 9; step++) {
        await shoot(popup, `${prefix}-assessment-${scheme}-step-${step}`);
        const groups = popup.locator('fieldset.likert');
        for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').nth(3).check();
        const five = popup.getByRole('radio', { name: W.fiveYearUnsure });
        if ((await five.count()) > 0) await five.check();
        const next = popup.getByRole('button', { name: W.next, exact: true });
        if ((await next.count()) === 0) break;
        await next.click();
      }
    }
    await popup.close();
  }
}

async function dashboardShots(h: Harness) {
  const dash = await h.extensionPage('dashboard.html');
  await dash.getByRole('table', { name: W.postingsTable }).waitFor();
  for (const scheme of SCHEMES)
    for (const width of [1280, 390]) {
      await dash.emulateMedia({ colorScheme: scheme });
      await dash.setViewportSize({ width, height: 860 });
      for (const view of ['postings', 'profile', 'check-in', 'data']) {
        await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#${view}`);
        await dash.waitForTimeout(400);
        await shoot(dash, `dashboard-${view}-${scheme}-${width}`, view !== 'postings');
      }
      await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html#postings`);
      const boxes = dash.getByRole('table', { name: W.postingsTable }).getByRole('checkbox');
      for (let i = 0; i < Math.min(3, await boxes.count()); i++) await boxes.nth(i).check();
      await dash.getByRole('button', { name: say('postingsCompareCount', 3) }).click();
      await dash.getByRole('button', { name: W.compareBack }).waitFor();
      await shoot(dash, `dashboard-compare-${scheme}-${width}`, true);
      await dash.getByRole('button', { name: W.compareBack }).click();
    }
  await dash.close();
}

async function welcomeShots(h: Harness) {
  const page = await h.extensionPage('welcome.html');
  for (const scheme of SCHEMES)
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await shoot(page, `welcome-${scheme}-${width}`, true);
    }
  await page.close();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const h = await launchExtension({ language });
  for (const p of POSTINGS) h.serve(p.url, p.fixture);
  try {
    await welcomeShots(h);
    const pages: Page[] = [];
    for (const p of POSTINGS) {
      const page = await h.context.newPage();
      await page.goto(p.url);
      pages.push(page);
    }
    const first = pages[0] as Page;
    await panelShots(first, 'panel-no-profile');
    await popupShots(h, first, 'popup-no-profile', true);
    for (const page of pages) {
      await page.bringToFront();
      // The first has had its panel opened at two widths and a profile appear since: a fresh load, as a user would see it.
      await page.reload();
      const panel = await panelOf(page);
      await panel.locator('.panel-foot .primary').click();
      await panel.getByRole('status').filter({ hasText: W.panelSavedToList }).waitFor();
      await page.keyboard.press('Escape');
    }
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: W.importDone }).waitFor();
    await dash.close();
    await first.reload();
    await panelShots(first, 'panel-profile');
    await popupShots(h, first, 'popup-profile');
    await dashboardShots(h);
  } finally {
    await h.close();
  }
  console.log(problems.length ? `\n${problems.length} misfits:\n${problems.join('\n')}` : '\nEverything fits.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
