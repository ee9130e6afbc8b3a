/** Number words in the four languages the lexicons cover, for team sizes written out. */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
  a: 1,
  an: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
};

/** A regex alternative matching a count: digits (maybe a range) or a number word. */
export const COUNT = String.raw`(?:\d{1,4}(?:,\d{3})*(?:\s?(?:-|–|to)\s?\d{1,4})?\+?|(?:a\s+)?dozen|${Object.keys(WORDS)
  .filter((w) => w.length > 2 && w !== 'dozen')
  .join('|')})`;

/** The first number in a count phrase: "25-35" is 25, "six" is 6, "a dozen" is 12. */
export function parseCount(s: string): number | undefined {
  const digits = s.match(/\d{1,3}(?:,\d{3})+|\d{1,4}/);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const word = s.toLowerCase().trim().split(/\s+/).pop() ?? '';
  return WORDS[word];
}
