/**
 * The storage figures of `npm run bench`, in real Chromium with the built
 * extension: 20,000 postings only seen and 2,000 saved (a user who raised the
 * retention), written straight into the extension's IndexedDB in the shape
 * today's database stores. Reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { classify } from '../lib/classify/role-type';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { readPostings } from '../lib/cli/read-postings';
import { parseExport } from '../lib/db/backup';
import { scopePosting } from '../lib/model/posting-key';
import { storedPostingSchema } from '../lib/model/saved-posting';
import { type Harness, launchExtension } from '../scripts/extension-browser';

const ROOT = resolve(import.meta.dirname, '..');
export const SEEN = 20_000;
export const SAVED = 2_000;

export interface StorageFigures {
  popup_first_render_20k_ms: number;
  dashboard_ready_20k_ms: number;
  dashboard_heap_20k_mb: number;
  /** A new profile imported: from the import to the postings shown again with their new fits. */
  refit_20k_ms: number;
  /** The one-time upgrade of a version 2 database holding 22,000 postings, until the dashboard shows them. */
  upgrade_v2_22k_ms: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Rows of real postings from the labelled set, as today's database stores them (descriptions apart). */
function templates() {
  const dev = resolve(ROOT, 'tests/fixtures/labelled/dev-postings.jsonl');
  return readPostings(dev, readFileSync(dev, 'utf8'), parseHtmlDocument).map(({ posting }, i) => {
    const scoped = scopePosting(
      { ...posting, url: `https://careers.bench.example/jobs/${i}` },
      `https://careers.bench.example/jobs/${i}`,
    );
    if (!scoped) throw new Error('bench: no site');
    const { site, description, ...summary } = scoped;
    const row = storedPostingSchema.parse({
      id: summary.id,
      site,
      posting: summary,
      classification: classify(posting),
      status: 'seen',
      notes: '',
      firstSeenAt: 0,
      seenAt: 0,
      editedAt: 0,
      updatedAt: 0,
    });
    // A posting's text is a few kilobytes; the labelled set's are short, so each is doubled.
    return { row, description: `${description}\n\n${description}` };
  });
}

/** Browser-side code runs as strings: the runner's compiler would add helpers a page does not have. */
const OPEN_DB = `(name, version, upgrade) => new Promise((resolve, reject) => {
  const open = version ? indexedDB.open(name, version) : indexedDB.open(name);
  if (upgrade) open.onupgradeneeded = () => upgrade(open.result);
  open.onsuccess = () => resolve(open.result);
  open.onerror = () => reject(open.error);
})`;

/** Writes the postings, in chunks, as the given shape: today's (v3) or version 2's (for the upgrade figure). */
async function seed(page: Page, shape: 'v3' | 'v2'): Promise<void> {
  await page.evaluate(`(async (templates, shape, seen, saved) => {
    const openDb = ${OPEN_DB};
    // The background may have opened today's database at its start (the check-in reminder reads the settings):
    // an old version can only be written into a database made anew. Dexie closes its connection when asked.
    if (shape === 'v2')
      await new Promise((resolve, reject) => {
        const del = indexedDB.deleteDatabase('crossroads');
        del.onsuccess = resolve;
        del.onerror = () => reject(del.error);
      });
    const db = shape === 'v3'
      ? await openDb('crossroads')
      : await openDb('crossroads', 20, (d) => {
          const p = d.createObjectStore('postings', { keyPath: 'id' });
          p.createIndex('status', 'status');
          p.createIndex('updatedAt', 'updatedAt');
          d.createObjectStore('profiles', { keyPath: 'id', autoIncrement: true }).createIndex('createdAt', 'createdAt');
          d.createObjectStore('settings', { keyPath: 'key' });
        });
    const statuses = ['saved', 'applied', 'interviewing', 'offer', 'declined'];
    const total = seen + saved;
    const now = Date.now();
    for (let start = 0; start < total; start += 2000) {
      const stores = shape === 'v3' ? ['keyedPostings', 'descriptions'] : ['postings'];
      const tx = db.transaction(stores, 'readwrite');
      for (let i = start; i < Math.min(total, start + 2000); i++) {
        const t = templates[i % templates.length];
        const kept = i < saved;
        const site = 'bench' + (i % 200) + '.example.com';
        const at = now - (total - i) * 60000;
        const status = kept ? statuses[i % 5] : 'seen';
        const notes = kept && i % 7 === 0 ? 'Referral from Sam' : '';
        if (shape === 'v3') {
          const id = site + '|bench-' + i;
          tx.objectStore('keyedPostings').put({ ...t.row, id, site, posting: { ...t.row.posting, id, title: t.row.posting.title + ' ' + i },
            status, notes, firstSeenAt: at, seenAt: at, editedAt: kept ? at : 0, updatedAt: at });
          tx.objectStore('descriptions').put({ id, text: t.description });
        } else {
          const id = 'bench-' + i;
          tx.objectStore('postings').put({ id, posting: { ...t.row.posting, id, url: 'https://' + site + '/jobs/' + i,
            title: t.row.posting.title + ' ' + i, description: t.description }, classification: t.row.classification,
            status, notes, firstSeenAt: at, updatedAt: at });
        }
      }
      await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    }
    // A user keeping 20,000 seen postings raised the retention.
    if (shape === 'v3') {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'retention', value: { days: 3650, rows: 100000 } });
      await new Promise((resolve) => { tx.oncomplete = resolve; });
    }
    db.close();
  })(${JSON.stringify(templates())}, ${JSON.stringify(shape)}, ${SEEN}, ${SAVED})`);
}

const markTime = (page: Page, name: string, timeout = 60_000) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout, polling: 10 })
    .then(() => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name));

/** A profile file no one imported yet, so importing it changes the latest profile. */
function freshProfileFile(k: number): Buffer {
  const plan = parseExport(readFileSync(resolve(ROOT, 'examples/profiles/leader-leaning.json'), 'utf8'));
  const profiles = plan.profiles.map((p, i) => ({ ...p, createdAt: Date.now() - 60_000 * (10 - k) + i }));
  return Buffer.from(JSON.stringify({ format: 'crossroads-export', version: 1, exportedAt: '', profiles, postings: [] }));
}

async function measure(h: Harness): Promise<Omit<StorageFigures, 'upgrade_v2_22k_ms'>> {
  const first = await h.extensionPage('dashboard.html');
  await markTime(first, 'crossroads:postings-ready');
  await seed(first, 'v3');
  await first.close();

  const popup: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await h.extensionPage('popup.html');
    popup.push(await markTime(page, 'crossroads:first-render'));
    await page.close();
  }
  const ready: number[] = [];
  const heap: number[] = [];
  const refit: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await h.extensionPage('dashboard.html');
    ready.push(await markTime(page, 'crossroads:postings-ready'));
    heap.push(
      await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0),
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: freshProfileFile(i) });
    const start = await markTime(page, 'crossroads:import-start');
    const shown = await markTime(page, 'crossroads:postings-shown');
    refit.push(shown - start);
    await page.close();
  }
  return {
    popup_first_render_20k_ms: median(popup.slice(1)),
    dashboard_ready_20k_ms: median(ready.slice(1)),
    dashboard_heap_20k_mb: median(heap.slice(1)) / 1e6,
    refit_20k_ms: median(refit),
  };
}

/** A version 2 database, as 0.2 builds left it, opened by today's build. */
async function upgrade(h: Harness): Promise<number> {
  const holder = await h.context.newPage();
  // The manifest is a document of the extension's origin that opens no database of its own.
  await holder.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await seed(holder, 'v2');
  await holder.close();
  const page = await h.extensionPage('dashboard.html');
  const ms = await markTime(page, 'crossroads:postings-ready', 300_000);
  await page.close();
  return ms;
}

export async function benchStorage(): Promise<StorageFigures> {
  const h = await launchExtension();
  const figures = await measure(h).finally(() => h.close());
  const fresh = await launchExtension();
  const upgraded = await upgrade(fresh).finally(() => fresh.close());
  const round = (x: number) => Number(x.toFixed(1));
  return {
    popup_first_render_20k_ms: round(figures.popup_first_render_20k_ms),
    dashboard_ready_20k_ms: round(figures.dashboard_ready_20k_ms),
    dashboard_heap_20k_mb: round(figures.dashboard_heap_20k_mb),
    refit_20k_ms: round(figures.refit_20k_ms),
    upgrade_v2_22k_ms: round(upgraded),
  };
}
