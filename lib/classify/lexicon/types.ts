import type { MessageKey } from '../../i18n/t';
import { type Words, words } from '../../i18n/words';
import type { Signal } from '../../model/classification';
import { parseCount } from '../numbers';

/** What a matched phrase means, decided from the match itself. */
export interface Reading {
  signal: Signal;
  weight: number;
  /** Said in the user's language when the evidence is made (lib/classify/scan.ts). */
  explanation: Words;
  /** For team-size signals: how many people. */
  count?: number;
  /** For time splits: the share of time spent hands-on, 0 to 1. */
  handsOnShare?: number;
  /** Authority the phrase implies besides its own signal ("player-coach" leads and does). */
  impliedAuthority?: number;
}

export interface Pattern {
  re: RegExp;
  /** Higher wins when two matches overlap. */
  priority: number;
  /** Whether a "no"/"not"/"without" before it turns it into its opposite. */
  negatable: boolean;
  read: (m: RegExpExecArray, context: PatternContext) => Reading | null;
}

export interface PatternContext {
  title: string;
}

const TITLE_WORDS = /[\p{L}]{3,}/gu;
/** Whether a role named in the text ("the Managing Attorney") is the posting's own title. */
export function sameRole(named: string, title: string): boolean {
  const a = new Set(named.toLowerCase().match(TITLE_WORDS) ?? []);
  const b = new Set(title.toLowerCase().match(TITLE_WORDS) ?? []);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= Math.min(2, a.size, b.size) && shared / a.size >= 0.5;
}

/** Words with a count in them, or without one when the posting gave none ("several"). */
export function counted(count: number | undefined, withCount: MessageKey, without: MessageKey): Words {
  return count === undefined ? words(without) : words(withCount, count);
}

/** A pattern with a fixed reading. */
export function fixed(
  re: RegExp,
  signal: Signal,
  weight: number,
  explanation: Words,
  opts: { priority?: number; negatable?: boolean } = {},
): Pattern {
  return {
    re,
    priority: opts.priority ?? 1,
    // Only role signals flip when negated; the others feed demand and are simply counted.
    negatable: opts.negatable ?? ['authority', 'team-size', 'hands-on'].includes(signal),
    read: () => ({ signal, weight, explanation }),
  };
}

/** People the role leads, counted from the pattern's first group. */
export function teamSize(re: RegExp, weight: number, explain: (count: number | undefined) => Words, priority = 4): Pattern {
  return {
    re,
    priority,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return { signal: 'team-size', weight, count, explanation: explain(count) };
    },
  };
}

/** A stated share of time on one's own work: group 1 matches "half", group 2 a percentage. */
export function timeShare(re: RegExp): Pattern {
  return {
    re,
    priority: 5,
    negatable: false,
    read: (m) => {
      const handsOnShare = m[1] ? 0.5 : Math.min(100, Number(m[2])) / 100;
      return {
        signal: 'time-split',
        weight: 1 + 3 * handsOnShare,
        handsOnShare,
        explanation: words('whyHandsOnShare', Math.round(handsOnShare * 100)),
      };
    },
  };
}
