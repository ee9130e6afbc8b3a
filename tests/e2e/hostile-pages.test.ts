import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, shownBadges, waitForBadge } from '../../scripts/extension-browser';
import { HOSTILE_CASES } from './hostile-pages';

const url = (i: number) => `https://job-boards.greenhouse.io/hostile/jobs/${1000 + i}`;

describe('hostile pages', () => {
  let h: Harness;
  const extensionErrors: string[] = [];
  beforeAll(async () => {
    h = await launchExtension();
    HOSTILE_CASES.forEach((c, i) => {
      h.serveHtml(url(i), c.html);
    });
    h.worker.on('console', (m) => {
      if (m.type() === 'error') extensionErrors.push(m.text());
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`holds on ${HOSTILE_CASES.length} crafted pages`, { timeout: 240_000 }, async () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30);
    const page = await h.context.newPage();
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /chrome-extension:|Crossroads/i.test(`${m.text()} ${m.location().url}`))
        pageErrors.push(m.text());
    });
    for (const [i, c] of HOSTILE_CASES.entries()) {
      await page.goto(url(i));
      if (c.badge) {
        const badge = await waitForBadge(page, /^Crossroads: (Leadership|Specialist|Hybrid)\b/, 15_000).catch(() => {
          throw new Error(`no badge on “${c.name}”`);
        });
        // The panel renders the posting's words as text, never as markup.
        const panel = await openPanel(page, badge).catch((e: unknown) => {
          throw new Error(`no panel on “${c.name}”: ${String(e)}`);
        });
        expect(
          await panel
            .locator('#root')
            .locator('img, script, iframe, object, embed, svg:not([aria-hidden]), a, b, form, input')
            .count(),
          c.name,
        ).toBe(0);
        await page.keyboard.press('Escape');
      } else {
        await page.waitForTimeout(1200);
        expect(await shownBadges(page), c.name).toEqual([]);
      }
      // The page itself still works, and none of its payloads ran.
      await page.locator('#page-button').click();
      expect(await page.locator('#page-button').textContent(), c.name).toBe('clicked');
      expect(await page.evaluate(() => (window as unknown as { pageOk?: boolean }).pageOk), c.name).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0), c.name).toBe(0);
    }
    expect(pageErrors).toEqual([]);
    expect(extensionErrors).toEqual([]);
    expect(h.unrouted).toEqual([]);
  });
});
