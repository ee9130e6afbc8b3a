import type { Page } from 'playwright-core';
import type { Harness } from '../../scripts/extension-browser';

const FILLER = 'crossroads-test-disk-filler';
const QUOTA = 40 * 1024 * 1024;

/**
 * A disk that fills up, for real: the extension's origin gets a small quota
 * (set before the test's first write, since the browser caches how much room
 * is left), then another database in the same origin takes the room in
 * random, incompressible chunks until not even half a kilobyte fits. Every
 * write of the extension then fails as on a full disk, with the browser's own
 * QuotaExceededError.
 */
export async function limitQuota(h: Harness, bytes = QUOTA): Promise<void> {
  // The override lasts as long as its debugging session: the page holding it stays open.
  const holder = await h.context.newPage();
  const cdp = await h.context.newCDPSession(holder);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}`, quotaSize: bytes });
}

/** Fills the origin's quota from an extension page; returns the chunks written. */
export async function fillDisk(page: Page): Promise<number> {
  // A string, evaluated as it is: the test runner's compiler would otherwise add helpers the page lacks.
  return page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(${JSON.stringify(FILLER)}, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('chunks');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let n = 0;
    let total = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
      for (;;) {
        total += size;
        if (total > ${2 * QUOTA}) throw new Error('the quota is not limited: call limitQuota first');
        const bytes = new Uint8Array(size);
        for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
        const tx = db.transaction('chunks', 'readwrite');
        tx.objectStore('chunks').put(bytes.buffer, n++);
        const written = await new Promise((resolve) => { tx.oncomplete = () => resolve(true); tx.onabort = () => resolve(false); });
        if (!written) break;
      }
    }
    db.close();
    return n;
  })()`);
}

/** Gives the room back. */
export async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase(${JSON.stringify(FILLER)});
    del.onsuccess = () => resolve(undefined);
    del.onerror = () => reject(del.error);
  })`);
}
