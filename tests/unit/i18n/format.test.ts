import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';

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
