/**
 * `npm start`: the extension working, offline. Loads the built extension in
 * Chromium with an example profile, opens bundled demo postings at their real
 * job-site URLs (served from fixtures, nothing goes to the network), saves
 * them, and writes screenshots of the badge, its panel, the popup and the
 * dashboard's comparison. Headed when a display exists; then the browser
 * stays open for you to try it.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, whyNoChromium } from './chromium';
import { launchExtension, openPanel, openPopupFor, waitForBadge } from './extension-browser';

const OUT = resolve(process.env.DEMO_OUT ?? 'demo-output');
const PROFILES_DIR = resolve(import.meta.dirname, '../examples/profiles');
/** The example profiles: hybrid-leaning (the default), leader-leaning, specialist-leaning. */
const PROFILES = readdirSync(PROFILES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const PROFILE_NAME = (process.env.DEMO_PROFILE ?? 'hybrid-leaning').replace(/\.json$/, '');
const PROFILE = resolve(PROFILES_DIR, `${PROFILE_NAME}.json`);
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
  const h = await launchExtension({ headless: !headed });
  for (const demo of DEMOS) h.serve(demo.url, demo.fixture);

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
    // The panel at its top, as the user first sees it; then saved.
    await page.screenshot({ path: resolve(OUT, `${demo.name}-panel.png`) });
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    console.log(`✓ ${demo.name}: ${badge.name.replace(/^Crossroads: /, '').replace(/\. Show why$/, '')}`);
    await page.keyboard.press('Escape');
    pages.push(page);
  }

  const popup = await openPopupFor(h, pages[2] ?? (await h.context.newPage()));
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.getByRole('list', { name: 'Saved postings' }).waitFor();
  await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });

  await dash.reload();
  await dash.getByRole('table', { name: 'Saved postings' }).waitFor();
  for (const title of ['Director, Analytical Development', 'Staff Software Engineer', 'Tech Lead Manager, Search']) {
    await dash.getByRole('checkbox', { name: `Compare ${title}` }).check();
  }
  await dash.getByRole('button', { name: /^Compare 3 selected/ }).click();
  const compare = dash.getByRole('region', { name: /^Comparing/ });
  await compare.scrollIntoViewIfNeeded();
  await compare.screenshot({ path: resolve(OUT, 'dashboard-compare.png') });
  await dash.screenshot({ path: resolve(OUT, 'dashboard.png'), fullPage: true });

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
