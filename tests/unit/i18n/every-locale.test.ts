import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { toMessagesJson } from '@/lib/i18n/messages-json';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const read = (locale: string) => JSON.parse(readFileSync(resolve(LOCALES, locale, 'messages.json'), 'utf8')) as Catalogue;

/** What a translation must keep of each English message: its placeholders, by name and content, and where the message uses them. */
function shapeOf(entry: Catalogue[string]): { placeholders: string[]; used: string[] } {
  return {
    placeholders: Object.entries(entry.placeholders ?? {})
      .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
      .sort(),
    used: [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort(),
  };
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a catalogue in `locale` must hold: every English key that is not
 * a plural form, and each counted phrase in the plural categories of that
 * language (French and Spanish have `many` for a million and more, which
 * English lacks), each shaped as English's form of that category or its
 * `_other`.
 */
function expectedKeys(en: Catalogue, locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en)) {
    if (!PLURAL.test(key)) out.set(key, key);
    else if (key.endsWith('_other')) {
      const base = key.slice(0, -'_other'.length);
      for (const c of categories) out.set(`${base}_${c}`, `${base}_${c}` in en ? `${base}_${c}` : key);
    }
  }
  return out;
}

/** Every way a catalogue differs from English: keys missing or extra, placeholders lost, added or renamed. */
function differences(en: Catalogue, other: Catalogue, locale: string): string[] {
  const out: string[] = [];
  const expected = expectedKeys(en, locale);
  for (const [key, english] of expected) {
    const theirs = other[key];
    if (!theirs) out.push(`${key}: missing`);
    else if (!theirs.message?.trim()) out.push(`${key}: empty`);
    else if (JSON.stringify(shapeOf(theirs)) !== JSON.stringify(shapeOf(en[english] as Catalogue[string])))
      out.push(
        `${key}: placeholders ${JSON.stringify(shapeOf(theirs))}, English has ${JSON.stringify(shapeOf(en[english] as Catalogue[string]))}`,
      );
  }
  for (const key of Object.keys(other)) if (!expected.has(key)) out.push(`${key}: not in English`);
  return out;
}

/**
 * Words that are the same in a language as in English, and so may stand
 * untranslated in a message otherwise identical to English's. Anything else
 * left as English text is a message nobody translated.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['Status'],
  fr: ['Date', 'Sections', 'Notes'],
  es: [],
};

/** Messages left as English: identical to it, with letters in them once placeholders and the words above are taken out. */
function untranslated(en: Catalogue, other: Catalogue, locale: string): string[] {
  const same = ['Crossroads', ...(SAME_AS_ENGLISH[locale] ?? [])];
  return Object.keys(en).filter((key) => {
    const theirs = other[key]?.message;
    if (theirs !== en[key]?.message || theirs === undefined) return false;
    const left = same.reduce((text, word) => text.replaceAll(word, ''), theirs.replace(/\$[A-Za-z0-9_@]+\$/g, ''));
    return /\p{L}{2}/u.test(left);
  });
}

const EN = read('en');
const OTHERS = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('every locale in public/_locales', () => {
  it('has English, the default locale, in full, and German, French and Spanish', () => {
    expect(Object.keys(EN).length).toBeGreaterThan(500);
    expect(OTHERS.sort()).toEqual(['de', 'es', 'fr']);
  });

  it.each(OTHERS)('the %s catalogue is generated from lib/i18n/ and says which language it speaks', (locale) => {
    const source = CATALOGUES[locale as keyof typeof CATALOGUES];
    expect(read(locale)).toEqual(toMessagesJson(source));
    expect(read(locale).catalogueLanguage?.message).toBe(locale);
  });

  it.each(OTHERS)('%s has every English key, in its own plural forms, with the same placeholders', (locale) => {
    expect(differences(EN, read(locale), locale)).toEqual([]);
  });

  it.each(OTHERS)('%s leaves no message in English', (locale) => {
    expect(untranslated(EN, read(locale), locale)).toEqual([]);
  });

  it('tells a catalogue that lost a key, a placeholder, a plural form or added one from a faithful one', () => {
    const key = Object.keys(EN).find((k) => EN[k]?.placeholders && !PLURAL.test(k)) as string;
    const entry = EN[key] as Catalogue[string];
    const faithful: Catalogue = Object.fromEntries(
      [...expectedKeys(EN, 'fr')].map(([k, english]) => [k, { ...EN[english], message: `«${EN[english]?.message}»` }]),
    );
    expect(differences(EN, faithful, 'fr')).toEqual([]);
    expect(untranslated(EN, faithful, 'fr')).toEqual([]);
    const manyKey = Object.keys(faithful).find((k) => k.endsWith('_many')) as string;
    const broken: Catalogue = { ...faithful, extra: { message: 'x' } };
    delete broken[Object.keys(EN)[0] as string];
    delete broken[manyKey];
    broken[key] = { message: entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '') };
    expect(differences(EN, broken, 'fr')).toEqual([
      `${Object.keys(EN)[0]}: missing`,
      expect.stringMatching(new RegExp(`^${key}: placeholders`)),
      `${manyKey}: missing`,
      'extra: not in English',
    ]);
    // German has no `many`: a French-shaped catalogue has one form too many for it.
    expect(differences(EN, faithful, 'de')).toContain(`${manyKey}: not in English`);
  });

  it('tells a message left in English from one that is the same word in both languages', () => {
    const copy: Catalogue = { ...EN };
    expect(untranslated(EN, copy, 'fr')).toContain('panelClose');
    expect(untranslated(EN, copy, 'fr')).not.toContain('actionTitle');
    expect(untranslated(EN, copy, 'fr')).not.toContain('historyDate');
    expect(untranslated(EN, copy, 'de')).toContain('historyDate');
  });
});
