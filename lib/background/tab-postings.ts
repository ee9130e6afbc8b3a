import {
  type AnalyzedPosting,
  analyzedPostingSchema,
  DETECTOR_SCRIPTS,
  type DetectorScript,
  tokenSchema,
} from '../messages/protocol';
import { z } from '../model/zod';

/** One posting a tab's content script reported, under the token its frames show it by. */
export interface TabReport {
  token: string;
  result: AnalyzedPosting;
}

const entrySchema = z.object({
  /** The frame of the content script that reported, where the frames' events go. */
  frameId: z.number().int().nonnegative(),
  /** When it was reported: on a full storage area the oldest entries of other tabs go first. */
  at: z.number().default(0),
  reports: z.array(z.object({ token: tokenSchema, result: analyzedPostingSchema })),
});
type Entry = z.infer<typeof entrySchema>;

/**
 * What each tab reported last, per content script (the job sites' and
 * "Analyze this page" may both run in one page: each keeps its own tokens):
 * the popup shows the current posting from it, the badge and panel frames
 * read their result from it by token, and a status change for a posting the
 * tab never reported is refused.
 */
export interface TabPostings {
  /** The ids of the postings the tab shows. */
  get(tabId: number): Promise<string[]>;
  set(tabId: number, script: DetectorScript, frameId: number, reports: TabReport[]): Promise<void>;
  /** The report a token names, if that tab holds it. */
  byToken(tabId: number, token: string): Promise<(TabReport & { frameId: number }) | undefined>;
  reported(tabId: number, id: string): Promise<boolean>;
  /** One script's page shows no posting any more. */
  clear(tabId: number, script: DetectorScript): Promise<void>;
  /** The tab closed. */
  remove(tabId: number): Promise<void>;
}

const PREFIX = 'tab:';
const key = (tabId: number, script: DetectorScript) => `${PREFIX}${tabId}:${script}`;
const tabOf = (k: string) => Number(k.slice(PREFIX.length).split(':')[0]);

/** Chrome's storage.session holds 10 MB; Firefox names its error differently. */
const isQuotaError = (e: unknown) => e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));

/**
 * Backed by any async key-value area: browser.storage.session in the
 * extension (it outlives the service worker's naps, not the browser session,
 * like tab ids; content scripts cannot read it), a Map in tests. When the
 * area is full, other tabs' oldest entries are dropped to make room (their
 * badges say the posting is no longer shown); if that is not enough, the
 * entry is kept in memory, lost only when the worker naps: a page never
 * fails because other tabs filled the area.
 */
export function tabPostingsIn(
  area: {
    get(keys: string[] | null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string | string[]): Promise<void>;
  },
  now: () => number = Date.now,
): TabPostings {
  const inMemory = new Map<string, Entry>();
  const read = async (tabId: number): Promise<Entry[]> => {
    const keys = DETECTOR_SCRIPTS.map((s) => key(tabId, s));
    const stored = await area.get(keys);
    const out: Entry[] = [];
    for (const k of keys) {
      const parsed = entrySchema.safeParse(inMemory.get(k) ?? stored[k]);
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  };
  /** Other tabs' entries, oldest first. */
  const evictable = async (tabId: number): Promise<string[]> => {
    const all = await area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(PREFIX) && tabOf(k) !== tabId)
      .map(([k, v]) => ({ k, at: entrySchema.safeParse(v).data?.at ?? 0 }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.k);
  };
  const ids = (entries: Entry[]) => [...new Set(entries.flatMap((e) => e.reports.map((r) => r.result.id)))];
  return {
    get: async (tabId) => ids(await read(tabId)),
    async set(tabId, script, frameId, reports) {
      const k = key(tabId, script);
      const entry: Entry = { frameId, at: now(), reports };
      inMemory.delete(k);
      try {
        await area.set({ [k]: entry });
        return;
      } catch (e) {
        if (!isQuotaError(e)) throw e;
      }
      for (const other of await evictable(tabId)) {
        await area.remove(other);
        try {
          await area.set({ [k]: entry });
          return;
        } catch (e) {
          if (!isQuotaError(e)) throw e;
        }
      }
      // Nothing else left to drop: this tab alone outgrows the area. Memory keeps it while the worker runs.
      await area.remove(k).catch(() => {});
      inMemory.set(k, entry);
    },
    async byToken(tabId, token) {
      for (const entry of await read(tabId)) {
        const found = entry.reports.find((r) => r.token === token);
        if (found) return { ...found, frameId: entry.frameId };
      }
      return undefined;
    },
    reported: async (tabId, id) => ids(await read(tabId)).includes(id),
    async clear(tabId, script) {
      inMemory.delete(key(tabId, script));
      await area.remove(key(tabId, script));
    },
    async remove(tabId) {
      const keys = DETECTOR_SCRIPTS.map((s) => key(tabId, s));
      for (const k of keys) inMemory.delete(k);
      await area.remove(keys);
    },
  };
}
