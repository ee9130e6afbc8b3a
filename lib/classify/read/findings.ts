import type { Signal } from '../../model/classification';
import { LEAD_IN } from '../rules/lead-in';
import type { Rule } from '../rules/types';
import type { Clause } from '../segment/clauses';
import { BOILERPLATE_SECTIONS } from '../segment/sections';
import { lowerText } from '../text/pattern';
import { type Holder, holderOf, type RoleNames, targetIsRole } from './holder';
import { type Modality, modalityOf } from './modality';
import { isNegated } from './polarity';

/** One rule firing in one clause, read in that clause: whose duty, denied or not, duty or wish. */
export interface Finding {
  rule: Rule;
  signal: Signal;
  clause: Clause;
  /** Offsets in the description. */
  start: number;
  end: number;
  holder: Holder;
  negated: boolean;
  modality: Modality;
  count?: number;
  share?: number;
  shareOnPeople?: boolean;
}

/** A rule stops after this many matches in one posting: a page cannot make it run for ever. */
const MAX_MATCHES_PER_RULE = 40;
/** How far, in characters, the readers look around a phrase inside its clause. */
const LOOK_BACK = 240;
const LOOK_AHEAD = 160;

/** Signals of the holder's own work: a phrase after them never hands them to someone else. */
const OWN_WORK: ReadonlySet<Signal> = new Set<Signal>(['craft', 'task', 'oversight', 'hands-on', 'time-split']);

/**
 * The text the rules run over: the readable clauses, one a line. A clause cut
 * from glued text ("performance reviewsMatch call volume") ends at its own
 * line end, so word boundaries hold and no match runs from one into the next.
 */
interface ReadingText {
  text: string;
  clauses: Clause[];
  /** Where each clause starts in `text`. */
  starts: number[];
}

function readingText(clauses: readonly Clause[]): ReadingText {
  const readable = clauses.filter((c) => !BOILERPLATE_SECTIONS.has(c.section));
  const starts: number[] = [];
  let at = 0;
  for (const c of readable) {
    starts.push(at);
    at += c.text.length + 1;
  }
  return { text: lowerText(readable.map((c) => c.text).join('\n')), clauses: readable, starts };
}

/** The clause a reading-text offset falls in. */
function clauseAt(r: ReadingText, at: number): number {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((r.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A match read in its clause; `lower` is the clause lower-cased, which the readers of lib/classify/read take. */
function read(rule: Rule, m: RegExpExecArray, clause: Clause, lower: string, start: number, names: RoleNames): Finding | null {
  // A rule anchored at its clause's start names the duty by its verb: the finding starts there.
  const verb = m.groups?.verb;
  const at = verb !== undefined ? start + m[0].length - verb.length : start;
  const end = Math.min(start + m[0].length, clause.end);
  const from = at - clause.start;
  const to = end - clause.start;
  // The readers look back within the clause; a run-on paragraph of a clause is read from a bounded window before the phrase.
  const windowStart = Math.max(0, from - LOOK_BACK);
  const near = lower.slice(windowStart, Math.min(lower.length, to + LOOK_AHEAD));
  const reading = rule.read
    ? rule.read(m, { before: clause.text.slice(0, start - clause.start), after: clause.text.slice(to) })
    : {};
  if (reading === null) return null;
  const target = m.groups?.target ?? m.groups?.target2;
  let signal = rule.signal;
  let holder = holderOf(near, from - windowStart, to - windowStart, names, !OWN_WORK.has(rule.signal));
  if (target !== undefined) {
    const toRole = targetIsRole(target, names);
    if (rule.ifTargetIsRole) {
      if (toRole) signal = rule.ifTargetIsRole;
    } else if (!toRole) holder = 'other';
  }
  return {
    rule,
    signal,
    clause,
    start: at,
    end,
    holder,
    negated: isNegated(near, from - windowStart, to - windowStart, rule.denies === true),
    modality: rule.postFact ? 'duty' : modalityOf(near, clause.section, from - windowStart, to - windowStart),
    ...reading,
  };
}

/** Everything the rules find in a posting's clauses, boilerplate left out. Offsets are the description's. */
export function findingsOf(clauses: readonly Clause[], rules: readonly Rule[], names: RoleNames): Finding[] {
  const out: Finding[] = [];
  const r = readingText(clauses);
  const lowers = r.clauses.map((c, i) => r.text.slice(r.starts[i], (r.starts[i] as number) + c.text.length));
  const leadIns = lowers.map(leadInOf);
  for (const rule of rules) {
    if (rule.atClauseStart) {
      r.clauses.forEach((clause, i) => {
        const lower = lowers[i] as string;
        const m = matchAtClauseStart(rule, lower, leadIns[i]);
        const f = m && read(rule, m, clause, lower, clause.start, names);
        if (f) out.push(f);
      });
      continue;
    }
    rule.re.lastIndex = 0;
    let n = 0;
    for (let m = rule.re.exec(r.text); m !== null && n < MAX_MATCHES_PER_RULE; m = rule.re.exec(r.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      n++;
      const i = clauseAt(r, m.index);
      const clause = r.clauses[i] as Clause;
      const f = read(rule, m, clause, lowers[i] as string, clause.start + (m.index - (r.starts[i] as number)), names);
      if (f) out.push(f);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How long the words leading into a clause's first verb are ("The incumbent is responsible for "). */
export function leadInOf(text: string): number {
  LEAD_IN.lastIndex = 0;
  return LEAD_IN.exec(text)?.[0].length ?? 0;
}

const STICKY = new WeakMap<Rule, RegExp>();

/** A clause-start rule's match in a lower-cased clause, after its lead-in, as a match over the whole clause. */
export function matchAtClauseStart(rule: Rule, text: string, leadIn = leadInOf(text)): RegExpExecArray | null {
  let re = STICKY.get(rule);
  if (!re) {
    re = new RegExp(rule.re.source, rule.re.flags.replace('g', '').concat('y'));
    STICKY.set(rule, re);
  }
  re.lastIndex = leadIn;
  const m = re.exec(text);
  if (!m || m[0].length === 0) return null;
  // As if the match had started at the clause's start: the lead-in is part of it, the verb its end.
  const whole = Object.assign([text.slice(0, leadIn) + m[0], ...m.slice(1)], { index: 0, input: text, groups: m.groups });
  return whole as unknown as RegExpExecArray;
}
