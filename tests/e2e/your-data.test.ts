import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VERSION } from '../../lib/model/export-file';
import { type Harness, launchExtension, openPanel, waitForBadge } from '../../scripts/extension-browser';
import { fillDisk, freeDisk, limitQuota } from './full-disk';

const GREENHOUSE = 'https://job-boards.greenhouse.io/corvidtherapeutics/jobs/4012345007';
const LEVER = 'https://jobs.lever.co/quillstream/6f1c2d9e-8a4b-4c1f-9b7e-2d5a3c4e1f00';
const LINKEDIN = 'https://www.linkedin.com/jobs/view/4011122233/';
const SHOTS = resolve(import.meta.dirname, '../../test-results');
const DIRECTOR = 'Director, Analytical Development';
const STAFF = 'Staff Software Engineer';

/** Opens a job page and waits for its badge; returns the page. */
async function view(h: Harness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  await waitForBadge(page);
  return page;
}

async function saveFromBadge(h: Harness, url: string): Promise<void> {
  const page = await view(h, url);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('Saved');
  await page.close();
}

const table = (dash: Page) => dash.getByRole('table', { name: 'Saved postings' });
const detail = (dash: Page, title: string) => dash.getByRole('region', { name: title });

/** Shows one of the dashboard's views by its tab, as the user does. */
async function show(dash: Page, view: 'Saved postings' | 'Settings') {
  await dash.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: view }).click();
}

async function openDetail(dash: Page, title: string) {
  await show(dash, 'Saved postings');
  await table(dash).getByRole('button', { name: title, exact: true }).click();
  return detail(dash, title);
}

describe('your data, from the user’s side', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serve(GREENHOUSE, 'greenhouse/director-analytical-development.html');
    h.serve(LEVER, 'lever/staff-software-engineer.html');
    h.serve(LINKEDIN, 'linkedin/job-view-logged-in.html');
    await limitQuota(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps a note typed and the tab closed at once, before it was ever saved', async () => {
    await saveFromBadge(h, LEVER);
    const dash = await h.extensionPage('dashboard.html');
    const notes = (await openDetail(dash, STAFF)).getByRole('textbox', { name: 'Notes' });
    await notes.click();
    await dash.keyboard.type('Ask about on-call');
    // Closed straight away: no pause for the debounce, no blur.
    await dash.close({ runBeforeUnload: true });
    const again = await h.extensionPage('dashboard.html');
    await expect
      .poll(async () => (await openDetail(again, STAFF)).getByRole('textbox', { name: 'Notes' }).inputValue())
      .toBe('Ask about on-call');
    await again.close();
  });

  it('restores after “Delete everything”: statuses and notes come back, and every open page shows it', async () => {
    await saveFromBadge(h, GREENHOUSE);
    const dash = await h.extensionPage('dashboard.html');
    const d = await openDetail(dash, DIRECTOR);
    await d.getByRole('combobox', { name: 'Status' }).selectOption('interviewing');
    await d.getByRole('textbox', { name: 'Notes' }).fill('Panel with the CSO on Monday');
    await d.getByRole('button', { name: 'Close' }).click();
    const other = await h.extensionPage('dashboard.html');
    await expect.poll(() => table(other).getByRole('row').count()).toBe(3);

    await show(dash, 'Settings');
    const [download] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const backup = readFileSync((await download.path()) as string, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'crossroads-export', version: EXPORT_VERSION });

    await dash.getByRole('button', { name: 'Delete everything…' }).click();
    await dash.getByRole('button', { name: 'Yes, delete everything' }).click();
    await dash.getByText('Everything was deleted.').waitFor();
    // The other open dashboard follows without a reload.
    await other.getByText('No postings match.', { exact: false }).waitFor();

    // The user browses on: the posting is seen again, newer than the backup.
    await (await view(h, GREENHOUSE)).close();

    await dash
      .locator('input[type="file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const result = dash.getByRole('status').filter({ hasText: 'Imported' });
    await expect.poll(() => result.innerText()).toContain('1 posting added');
    expect(await result.innerText()).toContain('1 posting merged with what was here');
    for (const page of [dash, other]) {
      await show(page, 'Saved postings');
      await expect.poll(() => table(page).getByRole('row').count()).toBe(3);
      const restored = await openDetail(page, DIRECTOR);
      expect(await restored.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('interviewing');
      expect(await restored.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Panel with the CSO on Monday');
      expect(await (await openDetail(page, STAFF)).getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(
        'Ask about on-call',
      );
    }
    await other.close();

    // The same file again: nothing added, nothing overwritten.
    await show(dash, 'Settings');
    await dash
      .locator('input[type="file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => result.innerText()).toContain('2 postings already here, skipped');
    await dash.close();
  });

  it('still shows the badge when the disk is full, says so in plain words, and lets the user forget old postings', async () => {
    const dash = await h.extensionPage('dashboard.html');
    expect(await fillDisk(dash)).toBeGreaterThan(10);
    try {
      const page = await view(h, LINKEDIN);
      // The badge shows its label though nothing could be stored.
      const badge = await waitForBadge(page, /^Crossroads: (Leadership|Specialist|Hybrid)\b/);
      const panel = await openPanel(page, badge);
      await expect
        .poll(() => panel.locator('.not-stored').textContent())
        .toBe(
          'Crossroads could not remember this posting: your browser has no room left. The label is still right. Free some disk space, or forget old postings in the dashboard.',
        );
      await page.close();
    } finally {
      await freeDisk(dash);
    }
    // With room again the posting is remembered, as merely seen; the user forgets seen postings before tomorrow.
    const page = await view(h, LINKEDIN);
    const panel = await openPanel(page);
    expect(await panel.locator('.not-stored').count()).toBe(0);
    await page.close();
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
    await show(dash, 'Settings');
    await dash.getByLabel('Forget viewed postings last seen before').fill(tomorrow);
    await dash.getByRole('button', { name: 'Forget them' }).click();
    await dash.getByText('1 viewed posting forgotten.').waitFor();
    // Saved ones stay.
    await show(dash, 'Saved postings');
    await expect.poll(() => table(dash).getByRole('row').count()).toBe(3);
    await dash.close();
  });

  it('shows the data controls and an import result as a user sees them (light, dark, narrow)', async () => {
    const dash = await h.extensionPage('dashboard.html#data');
    const [download] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    // A file with something of everything: a new posting, an older edit of one changed since, an entry dated
    // in the future, and a row the exporting version could not read.
    const file = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    const director = file.postings.find((p: { posting: { title: string } }) => p.posting.title === DIRECTOR);
    const staff = file.postings.find((p: { posting: { title: string } }) => p.posting.title === STAFF);
    file.postings = [
      { ...director, notes: 'An older note', editedAt: 1000 },
      {
        ...staff,
        id: `${staff.site}|another`,
        posting: { ...staff.posting, id: `${staff.site}|another`, title: 'Principal Engineer, Platform' },
      },
      {
        ...staff,
        id: `${staff.site}|future`,
        posting: { ...staff.posting, title: 'Head of Data' },
        seenAt: Date.UTC(2999, 0, 1),
      },
    ];
    file.unreadable = [{ table: 'postings', reason: 'site: missing', row: { id: 'x' } }];
    await dash.locator('input[type="file"]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const result = dash.getByRole('status').filter({ hasText: 'Imported' });
    await expect.poll(() => result.innerText()).toContain('1 posting added');
    const said = await result.innerText();
    expect(said).toContain('1 posting has newer changes here than in the file; your changes were kept:');
    expect(said).toContain(DIRECTOR);
    expect(said).toContain('1 posting refused, dated in the future:\nHead of Data');
    expect(said).toContain('1 entry the exporting version could not read, restored as it was');
    expect(await (await openDetail(dash, DIRECTOR)).getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(
      'Panel with the CSO on Monday',
    );
    await show(dash, 'Settings');
    const data = dash.locator('#data');
    for (const [scheme, width] of [
      ['light', 1280],
      ['dark', 1280],
      ['light', 380],
    ] as const) {
      await dash.emulateMedia({ colorScheme: scheme });
      await dash.setViewportSize({ width, height: 900 });
      await data.scrollIntoViewIfNeeded();
      await data.screenshot({ path: resolve(SHOTS, `data-controls-${scheme}-${width}.png`) });
      // Nothing overflows its panel at any width.
      expect(await data.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
    await dash.close();
    expect(h.unrouted).toEqual([]);
  });
});
