import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Harness, launchExtension, shownBadges, waitForBadge } from '../../scripts/extension-browser';

const ADDRESSES = JSON.parse(readFileSync(resolve(FIXTURES, 'addresses.json'), 'utf8')) as Record<string, Record<string, string>>;
const at = (file: string) => ADDRESSES.postings?.[file] ?? ADDRESSES.none?.[file] ?? '';

/** Pages that carry no structured data: only their site's reader, injected beside the content script, finds the posting. */
const WITHOUT_STRUCTURED_DATA: Array<[string, string]> = [
  ['greenhouse/job-boards-app-state.html', 'Data Platform Lead'],
  ['linkedin/guest-no-structured-data.html', 'Program Coordinator, Youth Mentoring'],
  ['indeed/viewjob-no-structured-data.html', 'Front Office Manager'],
  ['seek/job.html', 'Maintenance Team Leader - Days'],
  ['reed/job.html', 'Senior Paralegal - Litigation'],
  ['glassdoor/search-selected-job.html', 'Tax Manager'],
  // Search with a job selected: the same title heads its card in the list; the badge goes beside the pane's.
  ['indeed/search-pane-job-description-heading.html', 'Site Coordinator, Night Shift'],
  ['seek/search-split-view.html', 'Transportation Analyst'],
];

/** Pages that hold no single posting, at job sites' addresses: no badge. */
const NO_POSTING = ['indeed/search-no-selected-job.html', 'seek/search-no-selected-job.html', 'glassdoor/bot-check.html'];

const ROLE = /^Crossroads: (?:Leadership|Specialist|Hybrid) role\b/;

/**
 * The title element the badge sits in, as text without the badge, whether it
 * heads a card in a list, and the badge's name. The badge is a framed
 * extension page in a closed shadow root: found through the browser's frames,
 * its host through the frame's element.
 */
async function badgeBeside(page: Page): Promise<{ title: string; inCard: boolean; name: string }> {
  const badge = await waitForBadge(page, ROLE);
  const element = await badge.frame.frameElement();
  const { title, inCard } = await element.evaluate((frame) => {
    const host = (frame.getRootNode() as ShadowRoot).host;
    const anchor = host.parentElement;
    let text = '';
    for (const node of Array.from(anchor?.childNodes ?? [])) if (node !== host) text += node.textContent ?? '';
    return { title: text.replace(/\s+/g, ' ').trim(), inCard: Boolean(anchor?.closest('li, [data-job-id], [data-jk]')) };
  });
  return { title, inCard, name: badge.name };
}

describe('site readers on pages without structured data', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
    for (const [file] of WITHOUT_STRUCTURED_DATA) h.serve(at(file), file);
    for (const file of NO_POSTING) h.serve(at(file), file);
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(WITHOUT_STRUCTURED_DATA)('%s shows the badge beside “%s”', async (file, title) => {
    const html = readFileSync(resolve(FIXTURES, file), 'utf8');
    expect(html).not.toMatch(/application\/ld\+json|itemtype="[^"]*JobPosting/i);
    const page = await h.context.newPage();
    await page.goto(at(file));
    // Some label (ROLE): which one is the classifier's business.
    const shown = await badgeBeside(page);
    expect(shown.title.replace(/\s*-\s*job post$/, '')).toBe(title);
    expect(shown.inCard).toBe(false);
    expect(await shownBadges(page)).toHaveLength(1);
    await page.close();
  });

  it.each(NO_POSTING)('%s shows no badge', async (file) => {
    const page = await h.context.newPage();
    await page.goto(at(file));
    // The detector reads the page at once and again after changes settle: give it that long.
    await page.waitForTimeout(1_200);
    expect(await shownBadges(page)).toEqual([]);
    await page.close();
  });

  it('asks no host that was not routed', () => {
    expect(h.unrouted).toEqual([]);
  });
});
