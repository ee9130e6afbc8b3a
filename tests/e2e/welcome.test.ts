import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../../scripts/extension-browser';

const isWelcome = (p: Page) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(p.url());

describe('the welcome page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ keepWelcome: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens by itself once on install, and says what the badge means, how to pin the icon, where to start and where the data stays', async () => {
    await expect.poll(() => h.context.pages().filter(isWelcome).length, { timeout: 10_000 }).toBe(1);
    const welcome = h.context.pages().find(isWelcome) as Page;
    await welcome.getByRole('heading', { name: 'Welcome to Crossroads', level: 1 }).waitFor();
    expect(await welcome.title()).toBe('Welcome to Crossroads');
    const steps = welcome.getByRole('listitem').filter({ has: welcome.getByRole('heading', { level: 3 }) });
    expect(await steps.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Look for the badge beside a job’s title',
      'Pin Crossroads to your toolbar',
      'Take the four-minute assessment',
    ]);
    expect(await welcome.getByRole('img', { name: 'Three examples of the badge' }).textContent()).toMatch(/Leadership.*fit 82/);
    expect(await welcome.getByText('Everything stays in this browser').count()).toBe(1);

    // Its button leads straight into the assessment, in the dashboard, in the same tab.
    await welcome.getByRole('button', { name: 'Take the assessment' }).click();
    await welcome.waitForURL(/\/dashboard\.html#assess$/);
    await welcome.locator('fieldset.likert').first().waitFor();
  });

  it('does not open again when the browser starts again with the same profile: only on install', async () => {
    const profile = mkdtempSync(resolve(tmpdir(), 'crossroads-profile-'));
    try {
      const first = await launchExtension({ keepWelcome: true, userDataDir: profile });
      await expect.poll(() => first.context.pages().filter(isWelcome).length, { timeout: 10_000 }).toBe(1);
      // Closed by the user, so the browser does not bring it back as an open tab.
      for (const p of first.context.pages().filter(isWelcome)) await p.close();
      await first.close();
      const again = await launchExtension({ keepWelcome: true, userDataDir: profile });
      // The worker is up and answering; give a late welcome page every chance to show.
      await again.worker.evaluate(() => 1);
      await new Promise((r) => setTimeout(r, 2000));
      expect(again.context.pages().filter(isWelcome)).toHaveLength(0);
      await again.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
