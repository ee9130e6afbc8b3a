/**
 * Writes public/_locales/en/messages.json from lib/i18n/en.ts, turning $1, $2 …
 * into the named placeholders the browsers' i18n expects. Run after editing
 * en.ts: node --import tsx scripts/write-locales.ts (a unit test fails until then).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EN } from '../lib/i18n/en';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

export function toMessagesJson(source: Record<string, string>): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, text] of Object.entries(source)) {
    const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1] as string))];
    out[key] =
      numbers.length === 0
        ? { message: text }
        : {
            message: text.replace(/\$(\d)/g, (_, n: string) => `$p${n}$`),
            placeholders: Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }])),
          };
  }
  return out;
}

export const LOCALE_FILE = resolve(import.meta.dirname, '../public/_locales/en/messages.json');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(LOCALE_FILE, `${JSON.stringify(toMessagesJson(EN), null, 2)}\n`);
  console.log(`wrote ${LOCALE_FILE}`);
}
