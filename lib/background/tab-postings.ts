import { type AnalyzedPosting, analyzedPostingSchema, tokenSchema } from '../messages/protocol';
import { z } from '../model/zod';

/** One posting a tab's content script reported, under the token its frames show it by. */
export interface TabReport {
  token: string;
  result: AnalyzedPosting;
}

const entrySchema = z.object({
  /** The frame of the content script that reported, where the frames' events go. */
  frameId: z.number().int().nonnegative(),
  reports: z.array(z.object({ token: tokenSchema, result: analyzedPostingSchema })),
});
type Entry = z.infer<typeof entrySchema>;

/**
 * What each tab reported last: the popup shows the current posting from it,
 * the badge and panel frames read their result from it by token, and a
 * status change for a posting the tab never reported is refused.
 */
export interface TabPostings {
  /** The ids of the postings the tab shows. */
  get(tabId: number): Promise<string[]>;
  set(tabId: number, frameId: number, reports: TabReport[]): Promise<void>;
  /** The report a token names, if that tab holds it. */
  byToken(tabId: number, token: string): Promise<(TabReport & { frameId: number }) | undefined>;
  reported(tabId: number, id: string): Promise<boolean>;
  remove(tabId: number): Promise<void>;
}

/**
 * Backed by any async key-value area: browser.storage.session in the
 * extension (it outlives the service worker's naps, not the browser session,
 * like tab ids; content scripts cannot read it), a Map in tests.
 */
export function tabPostingsIn(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}): TabPostings {
  const key = (tabId: number) => `tab:${tabId}`;
  const read = async (tabId: number): Promise<Entry | undefined> => {
    const parsed = entrySchema.safeParse((await area.get(key(tabId)))[key(tabId)]);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    async get(tabId) {
      return (await read(tabId))?.reports.map((r) => r.result.id) ?? [];
    },
    set: (tabId, frameId, reports) => area.set({ [key(tabId)]: { frameId, reports } satisfies Entry }),
    async byToken(tabId, token) {
      const entry = await read(tabId);
      const found = entry?.reports.find((r) => r.token === token);
      return entry && found ? { ...found, frameId: entry.frameId } : undefined;
    },
    async reported(tabId, id) {
      return (await read(tabId))?.reports.some((r) => r.result.id === id) ?? false;
    },
    remove: (tabId) => area.remove(key(tabId)),
  };
}
