import { type MessageKey, t } from './t';

/** How a clause reads its phrase; the same words as lib/model's readings, kept free of zod here. */
type ReadingName = 'duty' | 'requirement' | 'hedge' | 'negated' | 'other';

const WRAP: Record<Exclude<ReadingName, 'duty'>, MessageKey> = {
  requirement: 'readingRequirement',
  hedge: 'readingHedge',
  negated: 'readingNegated',
  other: 'readingOther',
};

/**
 * A piece of evidence or a reason, said now in the user's language: its
 * rule's words, wrapped in how its clause reads it ("Ruled out: People
 * report to the role"). Stored results hold keys, so a change of language
 * changes these words too.
 */
export function sayFound(found: { say: { key: string; args: readonly string[] }; reading: ReadingName }): string {
  const words = t(found.say.key as MessageKey, ...found.say.args);
  return found.reading === 'duty' ? words : t(WRAP[found.reading], words);
}
