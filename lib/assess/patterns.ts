import type { Answers, ProfileDimension } from '../model/profile';
import { type Item, instrumentVersionOf, itemsOf } from './instrument';

/**
 * Ways of answering that say more about the answering than about the person:
 * - flat: nearly every statement answered alike ("Neither" throughout, or
 *   "Strongly agree" throughout);
 * - agreeing: agreeing with most statements, the reverse-keyed ones too (acquiescence);
 * - disagreeing: the same the other way;
 * - contradictory: on several dimensions, agreeing (or disagreeing) both with
 *   a statement and with its reverse-keyed opposite.
 * Any of them and the result says "no clear direction yet", never a path.
 */
export type Pattern = 'flat' | 'agreeing' | 'disagreeing' | 'contradictory';

/** A statement and its reverse-keyed opposite answered the same way. */
export interface Clash {
  dimension: ProfileDimension;
  /** The forward statement answered most decidedly. */
  forward: Item;
  reverse: Item;
  /** Both agreed (true) or both disagreed (false). */
  agreed: boolean;
}

export interface AnswerPatterns {
  patterns: Pattern[];
  clashes: Clash[];
}

/** Share of answers that may be the same value before the answers count as flat. */
const FLAT_SHARE = 0.8;
/** A spread of answers below this is flat too (1 to 5 scale). */
const FLAT_SPREAD = 0.55;
/** Dimensions whose pair clashes before the whole counts as contradictory. */
const CLASHES = 3;

export function answerPatterns(answers: Answers): AnswerPatterns {
  const asked = itemsOf(instrumentVersionOf(answers));
  const given = asked.flatMap((item) => {
    const v = answers.items[item.id];
    return v === undefined ? [] : [{ item, v }];
  });
  const patterns: Pattern[] = [];
  const clashes: Clash[] = [];
  // Too few answers to read a pattern in (an unfinished import, say).
  if (given.length < asked.length / 2) return { patterns, clashes };

  const values = given.map((g) => g.v);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const spread = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  const mostCommon = Math.max(...[1, 2, 3, 4, 5].map((x) => values.filter((v) => v === x).length));
  if (mostCommon / values.length >= FLAT_SHARE || spread < FLAT_SPREAD) patterns.push('flat');

  const reversed = given.filter((g) => g.item.reverse);
  const share = (keep: (v: number) => boolean) => reversed.filter((g) => keep(g.v)).length / Math.max(1, reversed.length);
  if (mean >= 4 && share((v) => v >= 4) >= 0.6) patterns.push('agreeing');
  if (mean <= 2 && share((v) => v <= 2) >= 0.6) patterns.push('disagreeing');

  for (const { item: reverse, v: r } of reversed) {
    const forward = given
      .filter((g) => g.item.dimension === reverse.dimension && !g.item.reverse)
      .sort((a, b) => Math.abs(b.v - 3) - Math.abs(a.v - 3))[0];
    if (!forward) continue;
    if ((forward.v >= 4 && r >= 4) || (forward.v <= 2 && r <= 2))
      clashes.push({ dimension: reverse.dimension, forward: forward.item, reverse, agreed: r >= 4 });
  }
  if (clashes.length >= CLASHES && !patterns.includes('agreeing') && !patterns.includes('disagreeing'))
    patterns.push('contradictory');
  return { patterns, clashes };
}

/** Whether the answers give a direction worth reflecting back. */
export const isClear = (p: AnswerPatterns) => p.patterns.length === 0;
