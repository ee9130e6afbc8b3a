import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, waitForBadge } from '../../scripts/extension-browser';

/**
 * Coaching that tells the truth (issue 14), from the user's side: answers
 * that say nothing get "no clear direction yet" and what would help, never
 * a confident path; a specialist who opens a management posting sees the
 * hands-on work it would take from them among the reasons, with the
 * posting's words and their own answer, and what to ask the employer.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results');
const SPECIALIST = resolve(import.meta.dirname, '../../examples/profiles/specialist-leaning.json');
const MANAGEMENT = 'https://job-boards.greenhouse.io/acme/jobs/7001';
const MANAGEMENT_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Engineering Manager, Payments at Acme</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Engineering Manager, Payments',
  description:
    '<p><strong>Responsibilities</strong></p><ul><li>Lead a team of six engineers.</li><li>Hire new engineers for your team.</li><li>Run one-to-ones and annual performance reviews for your team.</li><li>You will not be writing production code.</li></ul>',
  hiringOrganization: { name: 'Acme' },
})}</script></head>
<body><main><h1>Engineering Manager, Payments</h1><p>Lead a team of six engineers. You will not be writing production code.</p></main></body></html>`;

async function answerPage(popup: Page, choice: string) {
  const groups = popup.locator('fieldset.likert');
  await groups.first().waitFor();
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio', { name: choice, exact: true }).check();
}

describe('coaching that tells the truth', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    h.serveHtml(MANAGEMENT, MANAGEMENT_HTML);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a specialist opening a management posting sees the hands-on work they would lose, and what to ask', async () => {
    // A profile restored from a backup, before any other is taken.
    const dash = await h.extensionPage('dashboard.html#data');
    await dash.locator('input[type="file"]').setInputFiles(SPECIALIST);
    await expect.poll(() => dash.getByRole('status').filter({ hasText: 'Imported' }).count()).toBeGreaterThan(0);

    const page = await h.context.newPage();
    await page.goto(MANAGEMENT);
    await waitForBadge(page, /fit \d+ of 100/);
    const panel = await openPanel(page);
    const reasons = panel.locator('.reasons li');
    await expect.poll(() => reasons.count()).toBeGreaterThanOrEqual(1);
    expect(await reasons.count()).toBeLessThanOrEqual(3);
    const loss = reasons.filter({ hasText: 'You would stop doing the hands-on work you enjoy.' });
    expect(await loss.count()).toBe(1);
    expect(await loss.locator('.sign').textContent()).toBe('−');
    // Behind it: the posting's own words, where it says them, and the user's own answer.
    await loss.locator('summary').click();
    expect(await loss.locator('mark').textContent()).toBe('writing production code');
    expect(await loss.locator('.answer').textContent()).toMatch(/^You agreed: “I want to become one of the best in my field\.”$/);
    const ask = panel.getByRole('region', { name: 'Ask the employer' });
    expect(await ask.locator('li').count()).toBeGreaterThanOrEqual(1);
    expect(await ask.locator('li').count()).toBeLessThanOrEqual(3);
    await page.screenshot({ path: resolve(SHOTS, 'coaching-panel-hands-on-loss.png') });

    // The full result reflects the person: their five-year words and reflections, at most three next steps.
    const profile = await h.extensionPage('dashboard.html#profile');
    const result = profile.getByRole('region', { name: /Suggested path/ });
    await result.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await result.textContent()).toContain(
      'A principal data scientist people come to for the hardest forecasting problems.',
    );
    expect(await result.textContent()).toContain('Through my own work. I like being the one who cracked it.');
    expect(await result.textContent()).toMatch(
      /You moved towards the specialist track since|Your direction has held steady since/,
    );
    const steps = result.getByRole('list', { name: 'Next steps' }).getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(1);
    expect(await steps.count()).toBeLessThanOrEqual(3);
    expect(h.unrouted).toEqual([]);
  });

  it('answers of "Neither" throughout give no clear direction, and say what would help', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.getByRole('button', { name: 'Take it again' }).click();
    for (let page = 0; page < 6; page++) {
      await answerPage(popup, 'Neither');
      await popup.getByRole('button', { name: 'Next' }).click();
    }
    await popup.getByRole('radio', { name: 'I am not sure yet' }).check();
    await popup.getByRole('button', { name: 'Next' }).click();
    await popup.getByRole('button', { name: 'Next' }).click();
    await popup.getByRole('button', { name: 'See my result' }).click();

    const profile = popup.getByRole('region', { name: 'Your profile' });
    await expect
      .poll(() => profile.getByRole('heading', { name: 'No clear direction yet' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await profile.getByRole('heading', { name: /Suggested path/ }).count()).toBe(0);
    expect(await profile.textContent()).toMatch(/do not point one way yet/);

    const dash = await h.extensionPage('dashboard.html#profile');
    const result = dash.getByRole('region', { name: 'No clear direction yet' });
    await result.getByRole('heading', { name: 'What would help' }).waitFor();
    expect(await result.textContent()).toMatch(/How clear your answers are: not clear yet/);
    expect(await result.textContent()).toMatch(/Almost every answer was the same/);
    // No path is reflected back as if it were one: nothing to weigh for it, no lean on any dimension.
    expect(await result.getByRole('heading', { name: 'What to weigh' }).count()).toBe(0);
    expect(await result.locator('.bar-lean').count()).toBe(0);
    expect(await result.getByRole('list', { name: 'Next steps' }).getByRole('listitem').count()).toBeLessThanOrEqual(3);
    await dash.screenshot({ path: resolve(SHOTS, 'coaching-no-direction.png'), fullPage: true });
    expect(h.unrouted).toEqual([]);
  });
});
