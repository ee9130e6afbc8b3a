/**
 * `npm start`: the extension working, offline. Loads the built extension in
 * Chromium (its welcome page opens, as on a real install) with an example
 * profile, opens bundled demo postings at their real job-site URLs (served
 * from fixtures, nothing goes to the network), saves them, and writes
 * screenshots as a user sees them: the welcome page, each badge, each panel
 * at its top as it opens, the popup at its real size, the dashboard with a
 * posting's detail and the comparison. Headed when a display exists; then
 * the browser stays open for you to try it. With DEMO_README=1 it also
 * writes the README's three screenshots into docs/screenshots/, optimised
 * with pngquant and optipng when they are installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, whyNoChromium } from './chromium';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from './extension-browser';

const OUT = resolve(process.env.DEMO_OUT ?? 'demo-output');
const PROFILES_DIR = resolve(import.meta.dirname, '../examples/profiles');
/** The example profiles: hybrid-leaning (the default), leader-leaning, specialist-leaning. */
const PROFILES = readdirSync(PROFILES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const PROFILE_NAME = (process.env.DEMO_PROFILE ?? 'hybrid-leaning').replace(/\.json$/, '');
const PROFILE = resolve(PROFILES_DIR, `${PROFILE_NAME}.json`);
const README_SHOTS = resolve(import.meta.dirname, '../docs/screenshots');
/** The screenshots the README shows: the panel on a job page, the popup, the comparison. */
const FOR_README = ['greenhouse-leadership-panel.png', 'popup.png', 'dashboard-compare.png'];
const DEMOS = [
  {
    url: 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007',
    fixture: 'greenhouse/director-analytical-development.html',
    name: 'greenhouse-leadership',
  },
  {
    url: 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00',
    fixture: 'lever/staff-software-engineer.html',
    name: 'lever-specialist',
  },
  {
    url: 'https://bookwyrm.wd3.myworkdayjobs.com/en-US/careers/job/Berlin/Tech-Lead-Manager--Search_R-10482',
    fixture: 'workday/tech-lead-manager-search.html',
    name: 'workday-hybrid',
  },
];

/** The welcome page the extension opened on install (it may already be open when the harness is ready). */
async function waitForWelcome(h: Harness) {
  const isWelcome = (p: { url(): string }) => p.url().endsWith('/welcome.html');
  return h.context.pages().find(isWelcome) ?? (await h.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
}

async function main() {
  if (!PROFILES.includes(PROFILE_NAME) || !existsSync(PROFILE)) {
    console.error(`DEMO_PROFILE=${PROFILE_NAME} is not an example profile. Choose one of: ${PROFILES.join(', ')}.`);
    process.exit(1);
  }
  if (!findChromium()) {
    console.error(whyNoChromium());
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
  const h = await launchExtension({ headless: !headed, keepWelcome: true });
  for (const demo of DEMOS) h.serve(demo.url, demo.fixture);

  // The welcome page, opened by the extension itself on install.
  const welcome = await waitForWelcome(h);
  await welcome.setViewportSize({ width: 1280, height: 860 });
  await welcome.getByRole('heading', { name: 'Welcome to Crossroads' }).waitFor();
  await welcome.screenshot({ path: resolve(OUT, 'welcome.png'), fullPage: true });
  console.log('✓ welcome page');

  // An example profile, restored the way a user imports a backup.
  const dash = await h.extensionPage('dashboard.html#data');
  await dash.locator('input[type="file"]').setInputFiles(PROFILE);
  await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  console.log(`✓ profile: ${PROFILE}`);

  const pages = [];
  for (const demo of DEMOS) {
    const page = await h.context.newPage();
    await page.goto(demo.url);
    const badge = await waitForBadge(page);
    await page.screenshot({ path: resolve(OUT, `${demo.name}-badge.png`) });
    const panel = await openPanel(page, badge);
    // The panel at its top, as the user first sees it: its verdict first, nothing unfolded, before Save.
    await panel.evaluate(() => document.scrollingElement?.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await page.screenshot({ path: resolve(OUT, `${demo.name}-panel.png`) });
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    console.log(`✓ ${demo.name}: ${badge.name.replace(/^Crossroads: /, '').replace(/\. Show why$/, '')}`);
    await page.keyboard.press('Escape');
    pages.push(page);
  }

  // The popup at its real size: 380 px wide, as tall as its content and never more than a popup's 600 px.
  const popup = await openPopupFor(h, pages[2] ?? (await h.context.newPage()));
  await popup.getByRole('heading', { name: /Suggested path/ }).waitFor();
  await popup.setViewportSize({ width: 380, height: 100 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: 380, height: Math.min(600, height) });
  await popup.screenshot({ path: resolve(OUT, 'popup.png') });
  console.log(`✓ popup, ${Math.min(600, height)} px tall`);

  await dash.setViewportSize({ width: 1280, height: 860 });
  await dash.getByRole('link', { name: 'Saved postings' }).click();
  const table = dash.getByRole('table', { name: 'Saved postings' });
  await table.getByRole('button', { name: 'Tech Lead Manager, Search' }).click();
  await dash.getByRole('region', { name: 'Tech Lead Manager, Search' }).waitFor();
  await dash.screenshot({ path: resolve(OUT, 'dashboard.png') });
  await dash.keyboard.press('Escape');
  for (const title of ['Director, Analytical Development', 'Staff Software Engineer', 'Tech Lead Manager, Search']) {
    await dash.getByRole('checkbox', { name: `Compare ${title}` }).check();
  }
  await dash.getByRole('button', { name: /^Compare 3 selected/ }).click();
  const compare = dash.getByRole('region', { name: /^Comparing/ });
  await compare.waitFor();
  // The comparison with a little of the page around it, so its cards' edges show.
  const box = await compare.boundingBox();
  if (box)
    await dash.screenshot({
      path: resolve(OUT, 'dashboard-compare.png'),
      fullPage: true,
      clip: { x: Math.max(0, box.x - 16), y: Math.max(0, box.y - 16), width: box.width + 32, height: box.height + 32 },
    });
  console.log('✓ dashboard and comparison');

  if (process.env.DEMO_README === '1') {
    mkdirSync(README_SHOTS, { recursive: true });
    const has = (tool: string) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
    for (const name of FOR_README) {
      const to = resolve(README_SHOTS, name);
      copyFileSync(resolve(OUT, name), to);
      if (has('pngquant')) spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=80-95', '--output', to, to]);
      if (has('optipng')) spawnSync('optipng', ['-quiet', '-o5', '-strip', 'all', to]);
    }
    console.log(`✓ README screenshots in ${README_SHOTS}`);
  }

  if (h.unrouted.length > 0) console.warn(`Requests that were refused (nothing leaves the machine): ${h.unrouted.join(', ')}`);
  console.log(`Screenshots written to ${OUT}`);
  if (headed) {
    console.log('The browser stays open with the demo postings: close it to finish.');
    await new Promise((done) => h.context.on('close', done));
  } else {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
