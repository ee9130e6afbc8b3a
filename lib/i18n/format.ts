import { wordsLanguage } from './t';

type I18n = { getUILanguage?: () => string };

function browserLanguage(): string | undefined {
  const g = globalThis as { chrome?: { i18n?: I18n }; browser?: { i18n?: I18n } };
  try {
    return g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Dates, numbers and plural forms as the words around them are written: in
 * the language of the catalogue _locales answers in, with the browser's
 * region when the browser speaks that language ("1.12.2026" beside German
 * words, "01/12/2026" in en-GB, "82 %" in French). A browser in a language
 * we have no words for gets English words, so English dates and plurals
 * too, not Portuguese ones beside English words; and Chromium without its
 * locale files answers getUILanguage in en-US while _locales speaks German.
 */
export function uiLanguage(): string {
  const browser = browserLanguage();
  const words = wordsLanguage();
  if (!words) return browser ?? 'en';
  return browser && primary(browser) === primary(words) ? browser : words;
}

function safely<T>(make: (language: string) => T, fallback: () => T): T {
  try {
    return make(uiLanguage());
  } catch {
    // An unknown language tag: the engine's default rather than nothing.
    return fallback();
  }
}

/** A day, as the UI language writes it in short form (12/1/2026, 01/12/2026, 1.12.2026). */
export function formatDate(ms: number): string {
  return safely(
    (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'short' }).format(ms),
    () => new Date(ms).toLocaleDateString(),
  );
}

/** A whole number, grouped as the UI language groups it (2,000, 2.000, 2 000). */
export function formatNumber(n: number): string {
  return safely(
    (lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n),
    () => String(Math.round(n)),
  );
}

/** A share from 0 to 1 as a whole percentage, with the UI language's sign and spacing (82%, 82 %). */
export function formatPercent(share: number): string {
  return safely(
    (lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    () => `${Math.round(share * 100)}%`,
  );
}

/** A month, as the UI language names it ("March", or "March 2026" when the year is not this one). */
export function formatMonth(ms: number, now = Date.now()): string {
  const withYear = new Date(ms).getFullYear() !== new Date(now).getFullYear();
  return safely(
    (lang) => new Intl.DateTimeFormat(lang, withYear ? { month: 'long', year: 'numeric' } : { month: 'long' }).format(ms),
    () => new Date(ms).toLocaleDateString(),
  );
}
