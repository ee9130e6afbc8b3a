import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from '../../scripts/extension-browser';
import { networkCalls, spyOnExtensionNetwork } from './network-spy';

const SITES = {
  'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007': 'greenhouse/director-analytical-development.html',
  'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00': 'lever/staff-software-engineer.html',
  'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=lead': 'linkedin/search-spa.html',
  'https://hafenblick.jobs.personio.de/job/1458823': 'personio/teamleitung-lohn.html',
};

async function answerEverything(popup: Page): Promise<void> {
  const title = popup.locator('#assessment-step-title');
  // The popup loads the stored draft first: answer only once the first page is there.
  await title.waitFor();
  for (let step = 0; step < 20; step++) {
    const groups = popup.locator('fieldset.likert');
    for (let i = 0; i < (await groups.count()); i++)
      await groups.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
    const five = popup.getByRole('radio', { name: 'I am not sure yet' });
    if (await five.count()) await five.check();
    const finish = popup.getByRole('button', { name: 'See my result' });
    if (await finish.count()) return finish.click();
    // Wait for the next page to render before answering it.
    const before = await title.textContent();
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => title.textContent()).not.toBe(before);
  }
  throw new Error('the assessment did not end');
}

describe('privacy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    for (const [url, fixture] of Object.entries(SITES)) h.serve(url, fixture);
    await spyOnExtensionNetwork(h.context, h.worker);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('browsing postings, taking the assessment, saving and comparing sends nothing anywhere', async () => {
    const pages: Page[] = [];
    for (const url of Object.keys(SITES)) {
      const page = await h.context.newPage();
      await page.goto(url);
      const panel = await openPanel(page);
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      pages.push(page);
    }
    const linkedin = pages[2] as Page;
    const before = await waitForBadge(linkedin);
    await linkedin.locator('[data-job-id="4100000002"]').click();
    await expect.poll(async () => (await waitForBadge(linkedin)).frame !== before.frame, { timeout: 15_000 }).toBe(true);

    const popup = await openPopupFor(h, pages[0] as Page);
    pages.push(popup);
    await popup.getByRole('button', { name: 'Take the assessment' }).click();
    await answerEverything(popup);
    // "Agree" to everything gives no clear direction (lib/assess/patterns.ts): the result says so.
    await popup.getByRole('heading', { name: 'No clear direction yet' }).waitFor();

    const dash = await h.extensionPage('dashboard.html');
    pages.push(dash);
    await dash.getByRole('checkbox', { name: 'Compare Director, Analytical Development' }).check();
    await dash.getByRole('checkbox', { name: 'Compare Staff Software Engineer' }).check();
    await dash.getByRole('button', { name: 'Compare 2 selected' }).click();
    await dash.getByRole('region', { name: 'Comparing 2 postings' }).waitFor();
    await dash.getByRole('link', { name: 'Settings' }).click();
    await dash.getByRole('button', { name: 'Export everything' }).click();
    await dash.getByRole('status').filter({ hasText: 'Export saved' }).waitFor();

    expect(await networkCalls(pages, h.worker)).toEqual([]);
    expect(h.unrouted).toEqual([]);
  });
});
