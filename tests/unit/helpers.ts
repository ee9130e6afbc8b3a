import { handleRequest } from '@/lib/background/handle-request';
import { type TabPostings, tabPostingsIn } from '@/lib/background/tab-postings';
import { CrossroadsDb } from '@/lib/db/database';
import type { SenderInfo } from '@/lib/messages/channel';
import type { PostingInput } from '@/lib/model/posting';

let n = 0;
/** A fresh, empty database per test: fake-indexeddb keeps them apart by name. */
export function freshDb(): CrossroadsDb {
  n += 1;
  return new CrossroadsDb(`test-${n}-${Math.random().toString(36).slice(2)}`);
}

export const noDashboard = { openAssessment: async () => {} };

export function memoryTabs(): TabPostings {
  const map = new Map<string, unknown>();
  return tabPostingsIn({
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (key) => {
      map.delete(key);
    },
  });
}

export const fromPage = (tabId = 7): SenderInfo => ({ sameExtension: true, fromExtensionPage: false, tabId });
export const fromPopup: SenderInfo = { sameExtension: true, fromExtensionPage: true, tabId: undefined };

export function samplePosting(over: Partial<PostingInput> = {}): PostingInput {
  return {
    id: 'gh-1',
    url: 'https://job-boards.greenhouse.io/acme/jobs/1',
    title: 'Engineering Manager',
    company: 'Acme',
    description: 'You will manage a team of 6 engineers, run hiring and performance reviews. You will not write production code.',
    source: 'json-ld',
    confidence: 0.95,
    ...over,
  };
}

export { handleRequest };
