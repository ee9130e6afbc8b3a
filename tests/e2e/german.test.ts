import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchExtension, openPanel, openPopupFor, waitForBadge } from '../../scripts/extension-browser';

/** A German posting on StepStone, at the address its fixture stands for (tests/fixtures/stepstone/SOURCES.md). */
const STEPSTONE =
  'https://www.stepstone.de/stellenangebote--Teamleiter-Kundenservice-m-w-d-Hamburg-Nordlicht-Versand-GmbH--11234567-inline.html';
const TITLE = 'Teamleiter Kundenservice (m/w/d)';
const PROFILE = resolve(import.meta.dirname, '../../examples/profiles/hybrid-leaning.json');

/** Any of the three labels, in German: the classifier is being rebuilt, so no test pins which. */
const LABEL = '(Führungsrolle|Fachrolle|Hybridrolle)';

type I18n = { getMessage(key: string): string; getUILanguage(): string };
const i18n = () => (globalThis as unknown as { chrome: { i18n: I18n } }).chrome.i18n;

describe('Crossroads in a German browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ language: 'de-DE' });
    h.serve(STEPSTONE, 'stepstone/job-ad.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('speaks German on every surface: the badge, the panel, the popup, the assessment and the dashboard', async () => {
    // The browser's own answer, in the worker (notifications, errors) and in a page.
    expect(await h.worker.evaluate(`(${i18n})().getMessage('catalogueLanguage')`)).toBe('de');
    const blank = await h.extensionPage('popup.html');
    expect(await blank.evaluate(`(${i18n})().getUILanguage()`)).toBe('de-DE');
    await blank.close();

    const job = await h.context.newPage();
    await job.goto(STEPSTONE);
    const badge = await waitForBadge(job, new RegExp(`^Crossroads: ${LABEL}\\. Begründung anzeigen$`));
    expect(await badge.button.textContent()).toMatch(new RegExp(`^${LABEL}$`));
    expect(await badge.frame.evaluate(() => document.documentElement.lang)).toBe('de');

    const panel = await openPanel(job, badge);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await panel.locator('#panel-title').textContent()).toMatch(new RegExp(`${LABEL}$`));
    expect(await panel.locator('#panel-verdict').textContent()).toMatch(/^Eine (Führungs|Fach|Hybrid)rolle, in der du /);
    expect(await panel.getByRole('button', { name: 'Schließen' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'Warum' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Zur Selbsteinschätzung' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Speichern', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'In deiner Crossroads-Liste gespeichert.' }).waitFor();
    await job.keyboard.press('Escape');

    const popup = await openPopupFor(h, job);
    const card = popup.getByRole('article', { name: TITLE });
    await card.waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.locator('main > section h2').allTextContents()).toEqual(['Auf dieser Seite', 'Dein Profil']);
    expect(await card.locator('.card-verdict').textContent()).toMatch(/^Eine (Führungs|Fach|Hybrid)rolle/);
    expect(await popup.getByRole('button', { name: '1 gespeicherte Stelle' }).count()).toBe(1);

    // The assessment, begun from the popup: its steps, statements and scale in German.
    await popup.getByRole('button', { name: 'Selbsteinschätzung starten' }).click();
    expect(await popup.locator('#assessment-step-title').textContent()).toBe('Fragen 1–4 von 24');
    expect(await popup.getByRole('radio', { name: 'Stimme voll zu', exact: true }).count()).toBe(4);
    const next = popup.getByRole('button', { name: 'Weiter' });
    expect(await next.isDisabled()).toBe(true);
    expect(await popup.locator(`#${await next.getAttribute('aria-describedby')}`).textContent()).toBe(
      'Beantworte jede Frage auf dieser Seite, um weiterzumachen.',
    );
    await popup.close();

    // A profile imported in the dashboard: what the import did, the result and its date in German.
    const dash = await h.extensionPage('dashboard.html#data');
    expect(await dash.title()).toMatch(/Crossroads/);
    await dash.locator('input[type="file"]').setInputFiles(PROFILE);
    await dash.getByRole('status').filter({ hasText: 'Datei importiert:' }).waitFor();
    expect(await dash.getByRole('status').filter({ hasText: 'Datei importiert:' }).textContent()).toMatch(
      /(^|\D)(1 Profil|[02-9]\d* Profile) hinzugefügt/,
    );
    await dash.goto(dash.url().replace(/#.*$/, '#profile'));
    await dash.getByRole('heading', { name: 'Deine Richtung' }).waitFor();
    // A date as German writes it (1.12.26 or 01.12.2026), not 12/1/26.
    expect(
      await dash
        .getByText(/^Vom \d/)
        .first()
        .textContent(),
    ).toMatch(/^Vom \d{1,2}\.\d{1,2}\.\d{2,4}( · Wie eindeutig deine Antworten sind: .+)?$/);
    await dash.close();

    // With a profile, the badge says its fit in German.
    await job.reload();
    await waitForBadge(job, new RegExp(`^Crossroads: ${LABEL}, Passung \\d+ von 100\\. Begründung anzeigen$`));
    expect(h.unrouted).toEqual([]);
  });
});
