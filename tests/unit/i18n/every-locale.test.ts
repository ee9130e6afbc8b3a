import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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

/** Every way a catalogue differs from English: keys missing or extra, placeholders lost, added or renamed. */
function differences(en: Catalogue, other: Catalogue): string[] {
  const out: string[] = [];
  for (const key of Object.keys(en)) {
    const theirs = other[key];
    if (!theirs) out.push(`${key}: missing`);
    else if (!theirs.message?.trim()) out.push(`${key}: empty`);
    else if (JSON.stringify(shapeOf(theirs)) !== JSON.stringify(shapeOf(en[key] as Catalogue[string])))
      out.push(
        `${key}: placeholders ${JSON.stringify(shapeOf(theirs))}, English has ${JSON.stringify(shapeOf(en[key] as Catalogue[string]))}`,
      );
  }
  for (const key of Object.keys(other)) if (!(key in en)) out.push(`${key}: not in English`);
  return out;
}

const EN = read('en');
const OTHERS = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('every locale in public/_locales', () => {
  it('has English, the default locale, in full', () => {
    expect(Object.keys(EN).length).toBeGreaterThan(100);
  });

  it.each(OTHERS.length ? OTHERS : ['(none yet besides en)'])('%s has every English key with the same placeholders', (locale) => {
    if (!OTHERS.includes(locale)) return;
    expect(differences(EN, read(locale))).toEqual([]);
  });

  it('tells a catalogue that lost a key, a placeholder or added one from a faithful one', () => {
    const key = Object.keys(EN).find((k) => EN[k]?.placeholders) as string;
    const entry = EN[key] as Catalogue[string];
    const faithful: Catalogue = Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, { ...v, message: `«${v.message}»` }]));
    expect(differences(EN, faithful)).toEqual([]);
    const broken: Catalogue = { ...faithful, extra: { message: 'x' } };
    delete broken[Object.keys(EN)[0] as string];
    broken[key] = { message: entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '') };
    expect(differences(EN, broken)).toEqual([
      `${Object.keys(EN)[0]}: missing`,
      expect.stringMatching(new RegExp(`^${key}: placeholders`)),
      'extra: not in English',
    ]);
  });
});
