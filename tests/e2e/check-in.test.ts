import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYSITE_EXTENSION_DIR, type Harness, launchExtension } from '../../scripts/extension-browser';

/**
 * The periodic check-in from the user's side, in the test build that holds
 * the reminder's permissions (a headless browser cannot click the browser's
 * prompt; the shipped build asks for them when the user turns it on): the
 * reminder set as a browser alarm, its notification, the check-in it
 * opens, and the notes in the history beside the assessments.
 */
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/hybrid-leaning.json');
const SHOTS = resolve(import.meta.dirname, '../../test-results');

type Alarm = { name: string; periodInMinutes?: number; scheduledTime: number };
type Chrome = {
  alarms: {
    get(name: string): Promise<Alarm | undefined>;
    create(name: string, info: { when: number; periodInMinutes: number }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
/** Run in the service worker (each is sent there whole, so they name chrome themselves). */
const alarm = () => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('crossroads-check-in');
const soon = () =>
  (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('crossroads-check-in', {
    when: Date.now() + 200,
    periodInMinutes: 30 * 24 * 60,
  });
const notifications = () => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll();

describe('the periodic check-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ extensionDir: EVERYSITE_EXTENSION_DIR });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reminds when the user turns it on, opens the check-in, and keeps the notes in the history', async () => {
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await dash.goto(dash.url().replace(/#.*/, '#profile'));
    const checkIn = dash.getByRole('region', { name: 'Check in' });
    await checkIn.waitFor();
    // Off until the user turns it on.
    const remind = checkIn.getByRole('combobox', { name: 'Remind me to check in' });
    expect(await remind.inputValue()).toBe('never');
    expect(await h.worker.evaluate(alarm)).toBeUndefined();

    await remind.selectOption('monthly');
    await expect
      .poll(() => h.worker.evaluate(alarm))
      .toMatchObject({
        periodInMinutes: 30 * 24 * 60,
      });
    await checkIn.getByText(/^Next reminder: /).waitFor();

    // The alarm comes (sooner than a month, for the test): a notification says it is time.
    await h.worker.evaluate(soon);
    await expect.poll(() => h.worker.evaluate(notifications), { timeout: 10_000 }).toHaveProperty('crossroads-check-in');

    // Its click opens the check-in, the first prompt ready to type in.
    const page = await h.extensionPage('dashboard.html#check-in');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? ''))
      .toBe('Since your last check-in, what at work gave you energy?');
    const form = page.getByRole('region', { name: 'Check in' });
    await form.getByText(/^Next reminder: /).waitFor();
    await form.getByRole('button', { name: 'Keep this check-in' }).click();
    await form.getByRole('status').filter({ hasText: 'Write something in at least one box first.' }).waitFor();
    await form.getByRole('textbox', { name: /gave you energy/ }).fill('Running the handover with the new nurses.');
    await form.getByRole('textbox', { name: /want more of/ }).fill('Time with my own patients.');
    await form.getByRole('button', { name: 'Keep this check-in' }).click();
    await form.getByRole('status').filter({ hasText: 'Kept in your history.' }).waitFor();

    // The notes join the history, newest first, beside the two assessments.
    const history = page.getByRole('region', { name: 'Your assessments and check-ins' });
    await history.getByText('Running the handover with the new nurses.').waitFor();
    const entries = await history.locator('li').allTextContents();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/Check-in.*Running the handover.*Time with my own patients/);
    expect(entries[1]).toMatch(/Assessment: a hybrid role/);
    // The dashboard that was already open shows it too.
    await dash.getByRole('region', { name: 'Your assessments and check-ins' }).getByText('Time with my own patients.').waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: resolve(SHOTS, 'check-in.png'), fullPage: true });

    // Off again: no alarm left.
    await remind.selectOption('never');
    await expect.poll(() => h.worker.evaluate(alarm)).toBeUndefined();
    expect(h.unrouted).toEqual([]);
  });

  it('stops reminding after "Delete everything": its setting went, and so does its alarm', async () => {
    const dash = await h.extensionPage('dashboard.html#profile');
    const remind = dash.getByRole('region', { name: 'Check in' }).getByRole('combobox', { name: 'Remind me to check in' });
    await remind.selectOption('weekly');
    await expect.poll(() => h.worker.evaluate(alarm)).toMatchObject({ periodInMinutes: 7 * 24 * 60 });
    await dash.getByRole('link', { name: 'Settings' }).click();
    await dash.getByRole('button', { name: 'Delete everything…' }).click();
    await dash.getByRole('button', { name: 'Yes, delete everything' }).click();
    await dash.getByText('Everything was deleted.').waitFor();
    await expect.poll(() => h.worker.evaluate(alarm)).toBeUndefined();
  });
});
