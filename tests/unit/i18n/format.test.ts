import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber, formatPercent, uiLanguage } from '@/lib/i18n/format';
import { getMessageFrom } from '@/lib/i18n/messages-json';
import { tn } from '@/lib/i18n/plural';

const speak = (language: string) => vi.stubGlobal('browser', { i18n: { getUILanguage: () => language, getMessage: () => '' } });

describe('dates and numbers in the UI language', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const day = Date.UTC(2026, 11, 1, 12);

  it.each([
    ['en-US', '12/1/26', '2,000', '82%'],
    ['en-GB', '01/12/2026', '2,000', '82%'],
    ['de', '01.12.26', '2.000', '82 %'],
    ['fr', '01/12/2026', '2 000', '82 %'],
    ['es', '1/12/26', '2000', '82 %'],
  ])('%s: %s, %s, %s', (language, date, number, percent) => {
    speak(language);
    expect(formatDate(day)).toBe(date);
    expect(formatNumber(2000).replace(/\s/g, ' ')).toBe(number);
    expect(formatPercent(0.82).replace(/\s/g, ' ')).toBe(percent);
  });

  it('falls back rather than fail on a language tag the engine does not know', () => {
    speak('not a language');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatDate(day)).toBe(new Date(day).toLocaleDateString());
  });
});

/** A browser whose UI language is `ui` and whose _locales answered in `words` (the catalogue Chrome picked). */
const browserWith = (ui: string, words: string) => {
  const file = resolve(import.meta.dirname, `../../../public/_locales/${words}/messages.json`);
  const getMessage = getMessageFrom(JSON.parse(readFileSync(file, 'utf8')));
  vi.stubGlobal('browser', { i18n: { getUILanguage: () => ui, getMessage } });
};

describe('the language dates, numbers and plurals follow', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const day = Date.UTC(2026, 11, 1, 12);

  it('is the words’ language, with the browser’s region when it speaks that language', () => {
    browserWith('de-AT', 'de');
    expect(uiLanguage()).toBe('de-AT');
    browserWith('fr-CA', 'fr');
    expect(uiLanguage()).toBe('fr-CA');
  });

  it('is the words’ language when the browser reports another (a browser in Portuguese gets English words and English dates)', () => {
    browserWith('pt-BR', 'en');
    expect(uiLanguage()).toBe('en');
    expect(formatDate(day)).toBe('12/1/26');
    // Chromium without its German locale file reports en-US while _locales speaks German.
    browserWith('en-US', 'de');
    expect(uiLanguage()).toBe('de');
    expect(formatDate(day)).toBe('01.12.26');
  });

  it('counts in each language’s plural forms, the number grouped as it groups them', () => {
    browserWith('de-DE', 'de');
    expect(tn('filterCountAll', 1)).toBe('1 Stelle');
    expect(tn('filterCountAll', 2000)).toBe('2.000 Stellen');
    browserWith('fr-FR', 'fr');
    expect(tn('filterCountAll', 0)).toBe('0 offre');
    expect(tn('filterCountAll', 2).replace(/\s/g, ' ')).toBe('2 offres');
    expect(tn('filterCountAll', 1_000_000).replace(/\s/g, ' ')).toBe('1 000 000 d’offres');
    browserWith('es-ES', 'es');
    expect(tn('filterCountAll', 0)).toBe('0 ofertas');
    expect(tn('filterCountAll', 1)).toBe('1 oferta');
  });
});
