/** Which postings each tab is showing, so the popup can show the current one. */
export interface TabPostings {
  get(tabId: number): Promise<string[]>;
  set(tabId: number, ids: string[]): Promise<void>;
  remove(tabId: number): Promise<void>;
}

/** Backed by any async key-value area (browser.storage.session in the extension, a Map in tests). */
export function tabPostingsIn(area: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}): TabPostings {
  const key = (tabId: number) => `tab:${tabId}`;
  return {
    async get(tabId) {
      const value = (await area.get(key(tabId)))[key(tabId)];
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
    set: (tabId, ids) => area.set({ [key(tabId)]: ids }),
    remove: (tabId) => area.remove(key(tabId)),
  };
}
