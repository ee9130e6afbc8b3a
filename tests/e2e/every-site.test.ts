import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_SITE_EXCLUDES, JOB_SITE_MATCHES } from '../../lib/extract/job-sites';
import {
  EVERYSITE_EXTENSION_DIR,
  type Harness,
  launchExtension,
  shownBadges,
  waitForBadge,
} from '../../scripts/extension-browser';

// With "Find postings on every site" granted, the background registers the
// job-site content script for all sites but the job sites, which already have it.
const COMPANY_SITE = 'https://www.corvid-therapeutics.example/careers/director-analytical-development';
const JOB_SITE = 'https://job-boards.greenhouse.io/corvid/jobs/4410021';

type Registered = { id: string; matches?: string[]; excludeMatches?: string[] };
type Scripting = { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } };

/** Runs in the service worker. */
async function registeredScripts(): Promise<Registered[]> {
  const { chrome } = globalThis as unknown as { chrome: Scripting };
  return chrome.scripting.getRegisteredContentScripts();
}

describe('detection on every site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ extensionDir: EVERYSITE_EXTENSION_DIR });
    h.serve(COMPANY_SITE, 'greenhouse/director-analytical-development.html');
    h.serve(JOB_SITE, 'greenhouse/director-analytical-development.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the badge on a company site no match pattern names, and once only on a job site', async () => {
    await expect
      .poll(async () => (await h.worker.evaluate(registeredScripts)).map((s) => s.id))
      .toEqual(['crossroads-every-site']);
    const [script] = await h.worker.evaluate(registeredScripts);
    expect(script?.matches).toEqual(['*://*/*']);
    // The job sites keep their manifest script and are not injected twice; their back offices get none.
    expect([...(script?.excludeMatches ?? [])].sort()).toEqual([...JOB_SITE_MATCHES, ...JOB_SITE_EXCLUDES].sort());

    const company = await h.context.newPage();
    await company.goto(COMPANY_SITE);
    await waitForBadge(company);

    const board = await h.context.newPage();
    await board.goto(JOB_SITE);
    await waitForBadge(board);
    // Two scripts on one page would draw two badges; give a second one time to appear.
    await board.waitForTimeout(600);
    expect(await shownBadges(board)).toHaveLength(1);
    expect(board.frames().filter((f) => f.url().includes('/badge.html#'))).toHaveLength(1);
    expect(h.unrouted).toEqual([]);
  });
});
