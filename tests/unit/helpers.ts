import { type Deps, handleRequest } from '@/lib/background/handle-request';
import { pendingPostings } from '@/lib/background/pending';
import { type TabPostings, tabPostingsIn } from '@/lib/background/tab-postings';
import { classify } from '@/lib/classify/role-type';
import { CrossroadsDb } from '@/lib/db/database';
import { recordAnalyzed } from '@/lib/db/postings';
import type { SenderInfo } from '@/lib/messages/channel';
import type { ToPage } from '@/lib/messages/protocol';
import { type Posting, type PostingInput, postingSchema } from '@/lib/model/posting';
import { scopePosting } from '@/lib/model/posting-key';

let n = 0;
/** A fresh, empty database per test: fake-indexeddb keeps them apart by name. */
export function freshDb(): CrossroadsDb {
  n += 1;
  return new CrossroadsDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

export const SAMPLE_URL = 'https://job-boards.greenhouse.io/acme/jobs/1';
/** The sample posting's key: the sender's site (Greenhouse, employer acme) and its own id. */
export const SAMPLE_KEY = 'job-boards.greenhouse.io/acme|gh-1';

/** What the background does beyond the database, stood in for: no tabs opened, relayed messages dropped, tokens counted. */
export const noDashboard = {
  openAssessment: async () => {},
  mayOpenTab: () => true,
  mayAnalyze: () => true,
  toTab: async (_tabId: number, _frameId: number, _message: ToPage) => {},
  newToken: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
};

/** A key-value area like storage.session, over a Map; past `quota` bytes of JSON a set throws as Chrome's does. */
export function memoryArea(quota = Number.POSITIVE_INFINITY) {
  const map = new Map<string, unknown>();
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  return {
    map,
    size,
    get: async (keys: string[] | null) => Object.fromEntries([...map].filter(([k]) => keys === null || keys.includes(k))),
    set: async (items: Record<string, unknown>) => {
      const before = new Map(map);
      for (const [k, v] of Object.entries(items)) map.set(k, v);
      if (size() > quota) {
        map.clear();
        for (const [k, v] of before) map.set(k, v);
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
    },
    remove: async (keys: string | string[]) => {
      for (const k of [keys].flat()) map.delete(k);
    },
  };
}

export function memoryTabs(area = memoryArea(), now?: () => number): TabPostings {
  return tabPostingsIn(area, now);
}

/** A content script's message from a tab, with the tab's address as the browser reports it. */
export const fromPage = (tabId = 7, url = SAMPLE_URL): SenderInfo => ({
  sameExtension: true,
  fromExtensionPage: false,
  tabId,
  frameId: 0,
  url,
});
export const fromPopup: SenderInfo = {
  sameExtension: true,
  fromExtensionPage: true,
  tabId: undefined,
  frameId: undefined,
  url: 'chrome-extension://abcdefghijklmnop/popup.html',
};
/** The badge or panel frame, an extension page framed inside a web page's tab. */
export const fromFrame = (tabId = 7, frameId = 3): SenderInfo => ({
  sameExtension: true,
  fromExtensionPage: true,
  tabId,
  frameId,
  url: 'chrome-extension://abcdefghijklmnop/panel.html',
});
/** The dashboard: an extension page at the top of its own tab. */
export const fromDashboard = (tabId = 20): SenderInfo => ({
  sameExtension: true,
  fromExtensionPage: true,
  tabId,
  frameId: 0,
  url: 'chrome-extension://abcdefghijklmnop/dashboard.html',
});

/** What the background's handler needs, over a fresh database. */
export function handlerDeps(over: Partial<Deps> = {}): Deps {
  return { db: freshDb(), tabs: memoryTabs(), pending: pendingPostings(), ...noDashboard, ...over };
}

export function samplePosting(over: Partial<PostingInput> = {}): PostingInput {
  return {
    id: 'gh-1',
    url: SAMPLE_URL,
    title: 'Engineering Manager',
    company: 'Acme',
    description: 'You will manage a team of 6 engineers, run hiring and performance reviews. You will not write production code.',
    source: 'json-ld',
    confidence: 0.95,
    ...over,
  };
}

export { handleRequest };

/** A posting as the background stores it: normalised, scoped by the site of its own address. */
export function storedPosting(over: Partial<PostingInput> = {}): Posting & { site: string } {
  const posting = postingSchema.parse(samplePosting(over));
  const scoped = scopePosting(posting, posting.url);
  if (!scoped) throw new Error(`no site for ${posting.url}`);
  return scoped;
}

/** Stores a sighting of a posting at a time, as the background would; returns its key. */
export async function see(db: CrossroadsDb, over: Partial<PostingInput> = {}, at = 1000): Promise<string> {
  const { site, ...posting } = storedPosting(over);
  await recordAnalyzed(db, posting, classify(posting), site, at);
  return posting.id;
}
