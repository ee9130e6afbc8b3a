import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension } from '../../scripts/extension-browser';

/** Answers every statement on the current page by clicking the named choice. */
async function answerPage(popup: Page, choice: string) {
  const groups = popup.locator('fieldset.likert');
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio', { name: choice, exact: true }).check();
}

const stepTitle = (popup: Page) => popup.locator('#assessment-step-title').textContent();

async function countProfiles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('crossroads');
        open.onsuccess = () => {
          const req = open.result.transaction('profiles').objectStore('profiles').count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

describe('the self-assessment in the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is taken with the keyboard, survives closing the popup half-way, and stores the result', async () => {
    let popup = await h.extensionPage('popup.html');
    await popup.getByRole('button', { name: 'Take the assessment' }).click();
    expect(await stepTitle(popup)).toBe('Questions 1–4 of 24');
    // Page one with the keyboard alone: Tab into each radio group, arrow to "Agree", Enter submits.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('assessment-step-title');
    for (let group = 0; group < 4; group++) {
      await popup.keyboard.press('Tab');
      for (let k = 0; k < 3; k++) await popup.keyboard.press('ArrowRight');
    }
    expect(await popup.getByRole('radio', { name: 'Agree', exact: true, checked: true }).count()).toBe(4);
    await popup.keyboard.press('Enter');
    await expect.poll(() => stepTitle(popup)).toBe('Questions 5–8 of 24');

    await answerPage(popup, 'Strongly agree');
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => stepTitle(popup)).toBe('Questions 9–12 of 24');
    await answerPage(popup, 'Disagree');
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => stepTitle(popup)).toBe('Questions 13–16 of 24');

    // Close the popup half-way; opening it again resumes where the user was.
    await popup.close();
    popup = await h.extensionPage('popup.html');
    await popup.getByRole('button', { name: 'Continue the assessment' }).click();
    await expect.poll(() => stepTitle(popup)).toBe('Questions 13–16 of 24');
    await popup.getByRole('button', { name: 'Back' }).click();
    expect(await popup.getByRole('radio', { name: 'Disagree', exact: true, checked: true }).count()).toBe(4);
    await popup.getByRole('button', { name: 'Next' }).click();

    for (const title of ['Questions 13–16 of 24', 'Questions 17–20 of 24', 'Questions 21–24 of 24']) {
      await expect.poll(() => stepTitle(popup)).toBe(title);
      expect(await popup.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      await answerPage(popup, 'Agree');
      await popup.getByRole('button', { name: 'Next' }).click();
    }
    await expect.poll(() => stepTitle(popup)).toBe('Five years from now');
    await popup.getByRole('radio', { name: 'Leading a small team while staying hands-on' }).check();
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => stepTitle(popup)).toBe('Where you stand');
    await popup.getByRole('checkbox', { name: /named my core values/ }).check();
    await popup.getByRole('button', { name: 'Next' }).click();
    await popup.getByRole('textbox', { name: /fulfilled you/ }).fill('Coaching two new colleagues through their first release.');
    await popup.getByRole('button', { name: 'See my result' }).click();

    // Agreeing page by page, reverse-keyed statements too, says more about the answering than the person: no path is claimed.
    const profile = popup.getByRole('region', { name: 'Your profile' });
    await expect
      .poll(() => profile.getByRole('heading', { name: 'No clear direction yet' }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await profile.textContent()).toMatch(/do not point one way yet/);
    expect(await countProfiles(popup)).toBe(1);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: 'test-results/assessment-result-popup.png', fullPage: true });

    // The dashboard shows the full result, with at most three next steps (nine readiness items are unticked).
    const dash = await h.extensionPage('dashboard.html#profile');
    await dash.getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await dash.getByRole('list', { name: 'Next steps' }).getByRole('listitem').count()).toBe(3);
    expect(Number(await dash.getByRole('meter', { name: 'Leading people' }).getAttribute('value'))).toBeGreaterThanOrEqual(0);
    await dash.screenshot({ path: 'test-results/assessment-result-dashboard.png', fullPage: true });
    // Opening again starts fresh: the draft was cleared when the result was stored.
    const again = await h.extensionPage('popup.html');
    await again.getByRole('button', { name: 'Take it again' }).waitFor();
    expect(h.unrouted).toEqual([]);
  });
});
