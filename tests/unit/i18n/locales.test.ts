import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '@/lib/i18n/en';
import { ASSESS } from '@/lib/i18n/en/assess';
import { CLASSIFY } from '@/lib/i18n/en/classify';
import { DATA } from '@/lib/i18n/en/data';
import { ERRORS } from '@/lib/i18n/en/errors';
import { FIT } from '@/lib/i18n/en/fit';
import { PAGES } from '@/lib/i18n/en/pages';
import { VIEWS } from '@/lib/i18n/en/views';
import { toMessagesJson } from '@/lib/i18n/messages-json';
import { LOCALE_FILE } from '../../../scripts/write-locales';

const ROOT = resolve(import.meta.dirname, '../../..');
const sources = (dir: string) =>
  readdirSync(resolve(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, code: readFileSync(resolve(ROOT, dir, f), 'utf8') }));

describe('words users see', () => {
  it('live in _locales: messages.json is generated from lib/i18n/en.ts', () => {
    expect(JSON.parse(readFileSync(LOCALE_FILE, 'utf8'))).toEqual(toMessagesJson(EN));
  });

  it('have one key each: no part of the catalogue overrides another', () => {
    const parts = [VIEWS, PAGES, DATA, ASSESS, CLASSIFY, FIT, ERRORS];
    const keys = parts.flatMap((p) => Object.keys(p));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(Object.keys(EN).length).toBe(keys.length);
  });

  it('are all used, and every placeholder is numbered in order', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('lib'), ...sources('hooks')]
      .map((s) => s.code)
      .join('\n');
    const manifestKeys = ['extName', 'extDescription', 'actionTitle'];
    for (const key of Object.keys(EN)) {
      if (manifestKeys.includes(key) || key.startsWith('status_')) continue;
      // A plural form is used through its phrase: tn('importAdded', n) says importAdded_one or importAdded_other.
      const phrase = key.replace(/_(zero|one|two|few|many|other)$/, '');
      expect(code.includes(`'${phrase}'`), `${key} is never used`).toBe(true);
    }
    for (const [key, text] of Object.entries(EN)) {
      const numbers = [...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1]));
      expect([...new Set(numbers)].sort(), key).toEqual(
        numbers.length ? Array.from({ length: Math.max(...numbers) }, (_, i) => i + 1) : [],
      );
    }
  });

  it('are not written into the views as English text', () => {
    for (const { file, code } of [...sources('components'), ...sources('entrypoints')]) {
      // JSX text between tags: anything with two letters in a row, bar the brand name.
      const literal = [...code.matchAll(/(?<![=-])>\s*([^<>{}\n]*[A-Za-z]{2}[^<>{}\n]*)\s*</g)]
        .map((m) => m[1]?.trim())
        .filter((t) => t && t !== 'Crossroads' && !/[()?=;]/.test(t));
      expect(literal, file).toEqual([]);
    }
  });
});
