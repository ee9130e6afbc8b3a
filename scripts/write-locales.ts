/**
 * Writes public/_locales/en/messages.json from lib/i18n/en.ts, turning $1, $2 …
 * into the named placeholders the browsers' i18n expects. Run after editing
 * en.ts: node --import tsx scripts/write-locales.ts (a unit test fails until then).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EN } from '../lib/i18n/en';
import { toMessagesJson } from '../lib/i18n/messages-json';

export const LOCALE_FILE = resolve(import.meta.dirname, '../public/_locales/en/messages.json');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(LOCALE_FILE, `${JSON.stringify(toMessagesJson(EN), null, 2)}\n`);
  console.log(`wrote ${LOCALE_FILE}`);
}
