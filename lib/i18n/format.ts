/**
 * Dates and numbers as the words around them are written: in the browser's
 * UI language, the one `_locales` speaks (i18n.getUILanguage), not the page
 * language a page or the system may have set. "1 Dec 2026" beside English
 * words, "1.12.2026" beside German ones, "82 %" in French.
 */
export function uiLanguage(): string {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; browser?: typeof g.chrome };
  try {
    return g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.() ?? 'en';
  } catch {
    return 'en';
  }
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
