import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVETAB_EXTENSION_DIR, type Harness, launchExtension, openPopupFor } from '../../scripts/extension-browser';

// A company career page that no content script covers and that carries no
// structured data. The user opens the popup and asks it to read the page.
// The grant a toolbar click gives (activeTab) is held by the test build.
const URL = 'https://careers.pinecrest.example/jobs/accounting-supervisor';

describe('Analyze this page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ extensionDir: ACTIVETAB_EXTENSION_DIR });
    h.serve(URL, 'career-site/no-structured-data.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reads the main content of a page without structured data, on request', async () => {
    const page = await h.context.newPage();
    await page.goto(URL);
    expect(await page.locator('crossroads-badge').count()).toBe(0);

    const popup = await openPopupFor(h, page);
    await popup.getByText('No job posting found on this page.').waitFor();
    await popup.getByRole('button', { name: 'Analyze this page' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Accounting Supervisor' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.getByText('Hybrid').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page
          .locator('crossroads-badge')
          .getByRole('button', { name: /^Hybrid role/ })
          .count(),
      )
      .toBe(1);
    expect(h.unrouted).toEqual([]);
  });
});
