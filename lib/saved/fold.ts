/**
 * Letters a search should not tell apart without Unicode's decomposition:
 * they have none (ß, æ, ø, ł …), yet a user types them as plain Latin.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPELLED = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'g');

/**
 * Text as a search compares it: without case or accents, so "munchen" finds
 * "München" and "ZURICH" finds "Zürich". Decomposes (NFD), drops the combining
 * marks, spells out the letters that do not decompose, and lower-cases.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPELLED, (c) => SPELLED_OUT[c] ?? c);
}
