/**
 * Writes public/_locales/<lang>/messages.json for every language of
 * lib/i18n/catalogues.ts, turning $1, $2 … into the named placeholders the
 * browsers' i18n expects. Run after editing lib/i18n/: node --import tsx
 * scripts/write-locales.ts (a unit test fails until then). It also says which
 * English messages changed since the translations were last checked against
 * them (scripts/stale-translations.ts lists them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CATALOGUES, type Language } from '../lib/i18n/catalogues';
import { toMessagesJson } from '../lib/i18n/messages-json';
import { staleKeys } from './stale-translations';

export const localeFile = (language: Language) => resolve(import.meta.dirname, `../public/_locales/${language}/messages.json`);
export const LOCALE_FILE = localeFile('en');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    const file = localeFile(language as Language);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(toMessagesJson(catalogue), null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
  const stale = staleKeys();
  const count = stale.added.length + stale.changed.length + stale.removed.length;
  if (count > 0)
    console.log(
      `${count} English messages are new or changed since the translations were last checked: node --import tsx scripts/stale-translations.ts`,
    );
}
