import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';

/**
 * Every language the extension speaks, by the name of its _locales folder:
 * English (the default_locale, and the source the others translate) and
 * German, French and Spanish. Read by scripts/write-locales.ts and tests;
 * the extension itself reads only the messages.json files written from them.
 */
export const CATALOGUES = { en: EN, de: DE, fr: FR, es: ES } as const satisfies Record<string, Readonly<Record<string, string>>>;

export type Language = keyof typeof CATALOGUES;
