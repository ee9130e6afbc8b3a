/**
 * Which English messages the translations have not caught up with: keys
 * added, removed or reworded in lib/i18n/en/ since the German, French and
 * Spanish words were last checked against them. lib/i18n/translated-from.json
 * holds the English as it was then; a changed English message keeps its old
 * translation (the every-locale test only sees keys), so this is how a
 * reworded one is found.
 *
 *   node --import tsx scripts/stale-translations.ts          list them, with the old and new English
 *   node --import tsx scripts/stale-translations.ts --mark   after translating: record today's English as translated
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EN } from '../lib/i18n/en';

export const TRANSLATED_FROM = resolve(import.meta.dirname, '../lib/i18n/translated-from.json');

export interface Stale {
  added: string[];
  changed: Array<{ key: string; was: string; now: string }>;
  removed: string[];
}

export function staleKeys(now: Readonly<Record<string, string>> = EN): Stale {
  const was: Record<string, string> = existsSync(TRANSLATED_FROM) ? JSON.parse(readFileSync(TRANSLATED_FROM, 'utf8')) : {};
  return {
    added: Object.keys(now).filter((k) => !(k in was)),
    changed: Object.keys(now)
      .filter((k) => k in was && was[k] !== now[k])
      .map((k) => ({ key: k, was: was[k] as string, now: now[k] as string })),
    removed: Object.keys(was).filter((k) => !(k in now)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (process.argv.includes('--mark')) {
    const sorted = Object.fromEntries(Object.entries(EN).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(TRANSLATED_FROM, `${JSON.stringify(sorted, null, 2)}\n`);
    console.log(`recorded ${Object.keys(sorted).length} English messages as translated in ${TRANSLATED_FROM}`);
  } else {
    const { added, changed, removed } = staleKeys();
    for (const k of added) console.log(`added    ${k}: ${EN[k as keyof typeof EN]}`);
    for (const c of changed) console.log(`changed  ${c.key}:\n  was ${c.was}\n  now ${c.now}`);
    for (const k of removed) console.log(`removed  ${k}`);
    console.log(
      added.length + changed.length + removed.length === 0
        ? 'Every translation is of today’s English.'
        : `${added.length} added, ${changed.length} changed, ${removed.length} removed: translate them in lib/i18n/{de,fr,es}/, then run with --mark.`,
    );
  }
}
