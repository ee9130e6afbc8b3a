import { t } from '../i18n/t';
import { say } from '../i18n/words';
import { type Evidence, ROLE_SIGNALS, type Signal } from '../model/classification';
import { boilerplateRanges, inRanges } from './boilerplate';
import type { Pattern, Reading } from './lexicon/types';

/** The opposite reading of a signal when the clause negates it. */
const NEGATED: Partial<Record<Signal, Signal>> = {
  authority: 'no-authority',
  'team-size': 'no-authority',
  'hands-on': 'not-hands-on',
};
const HEDGE_FACTOR = 0.3;
const MAX_MATCHES_PER_PATTERN = 25;
/** How far back, in characters, a negation or hedge can reach within a clause. */
const SCOPE_CHARS = 60;

export interface Found extends Evidence {
  priority: number;
  count?: number;
  handsOnShare?: number;
  impliedAuthority?: number;
}

export interface ScanOptions {
  field: Evidence['field'];
  negators: RegExp;
  postNegators?: RegExp | undefined;
  hedges: RegExp;
  skipBoilerplate: boolean;
  title: string;
}

/** Sentences about the candidate's past ("5 years supervising staff") describe experience, not the role. */
const EXPERIENCE =
  /\b(?:\d{1,2}\+?\s*(?:or more\s+)?years|years? of|(?:proven|demonstrated|previous|prior|relevant|significant|substantial|extensive|solid|strong|some|hands-on|practical)\s+(?:\w+\s+)?experience|experience (?:in|of|with|working|leading|managing|supervising|as|at)|track record|background in|history of|qualifications?|you have|you've|you bring|ideally you)\b/i;
const DISCOUNTED_BY_EXPERIENCE = new Set<Signal>(['authority', 'team-size', 'hands-on', 'time-split']);
const EXPERIENCE_FACTOR = 0.2;

/** The sentence around a match. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';'));
  const after = text.slice(end, end + 200);
  const stop = after.search(/[.;\n]/);
  return `${cut >= 0 ? before.slice(cut + 1) : before}${text.slice(start, end)}${stop >= 0 ? after.slice(0, stop) : after}`;
}

/** The clause text before a match: back to the last sentence or clause boundary. */
const CLAUSE_BOUNDARY = /(?:[.;!?\n]|:\s|,?\s(?:but|while|whilst|whereas|although|however|and)\s)/gi;

function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - SCOPE_CHARS), index);
  let cut = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, end + 40);
  const cut = after.search(/[.;\n!?]/);
  return cut >= 0 ? after.slice(0, cut) : after;
}

/**
 * Every pattern over the text, with negation and hedges applied, boilerplate
 * skipped, and overlaps resolved in favour of the more specific pattern.
 */
export function scan(text: string, patterns: readonly Pattern[], opts: ScanOptions): Found[] {
  const skip = opts.skipBoilerplate ? boilerplateRanges(text) : [];
  // First every match and its reading, then overlaps resolved, and only then the
  // clause analysis, for the phrases that are kept (most matches overlap others).
  type Raw = { start: number; end: number; phrase: string; pattern: Pattern; reading: Reading };
  const raw: Raw[] = [];
  for (const pattern of patterns) {
    pattern.re.lastIndex = 0;
    let n = 0;
    for (let m = pattern.re.exec(text); m !== null && n < MAX_MATCHES_PER_PATTERN; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      n++;
      const start = m.index;
      const end = start + m[0].length;
      if (inRanges(skip, start, end)) continue;
      const reading = pattern.read(m, { title: opts.title });
      if (reading) raw.push({ start, end, phrase: m[0], pattern, reading });
    }
  }
  raw.sort((a, b) => b.pattern.priority - a.pattern.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Raw[] = [];
  for (const r of raw) {
    if (!kept.some((k) => r.start < k.end && r.end > k.start)) kept.push(r);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, phrase, pattern, reading }) => {
      let { signal, weight } = reading;
      let explanation = say(reading.explanation);
      const roleSignal = ROLE_SIGNALS.has(signal);
      // Demand signals are counted as they stand: no clause analysis for them.
      const before = roleSignal ? clauseBefore(text, start) : '';
      const flipped = NEGATED[signal];
      const deniedAfter = opts.postNegators?.test(clauseAfter(text, end)) ?? false;
      if (pattern.negatable && flipped && (opts.negators.test(before) || deniedAfter)) {
        signal = flipped;
        explanation = t('whyRulesOut', phrase.trim());
      }
      if (DISCOUNTED_BY_EXPERIENCE.has(signal) && EXPERIENCE.test(sentenceAround(text, start, end))) {
        weight *= EXPERIENCE_FACTOR;
        explanation = t('whyAsPastExperience', explanation);
      }
      if (roleSignal && (opts.hedges.test(before) || opts.hedges.test(clauseAfter(text, end)))) {
        weight *= HEDGE_FACTOR;
        explanation = t('whyOnlyAsPossibility', explanation);
      }
      return {
        field: opts.field,
        start,
        end,
        text: phrase.slice(0, 400),
        signal,
        weight,
        explanation,
        priority: pattern.priority,
        ...(reading.count !== undefined ? { count: reading.count } : {}),
        ...(reading.handsOnShare !== undefined ? { handsOnShare: reading.handsOnShare } : {}),
        ...(reading.impliedAuthority !== undefined
          ? { impliedAuthority: reading.impliedAuthority * (weight / reading.weight) }
          : {}),
      };
    });
}
