import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVETAB_EXTENSION_DIR,
  type Harness,
  launchExtension,
  openPopupFor,
  shownBadges,
  waitForBadge,
} from '../../scripts/extension-browser';

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
    expect(await shownBadges(page)).toEqual([]);

    const popup = await openPopupFor(h, page);
    await popup.getByText('No job posting found on this page.').waitFor();
    await popup.getByRole('button', { name: 'Analyze this page' }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Accounting Supervisor' }).count(), { timeout: 15_000 }).toBe(1);
    // Some label (which one is the classifier's to say, tested where it is).
    expect(await popup.getByText(/^(Leadership|Specialist|Hybrid)$/).count()).toBeGreaterThan(0);
    await waitForBadge(page);
    expect(h.unrouted).toEqual([]);
  });
});
