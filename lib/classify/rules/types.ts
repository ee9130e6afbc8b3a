import type { MessageKey } from '../../i18n/t';
import type { Signal } from '../../model/classification';
import { parseCount } from '../numbers';
import { lowerPattern } from '../text/pattern';

export type Language = 'en' | 'de' | 'fr' | 'es';

/** What a match says beyond its signal. */
export interface Reading {
  /** How many people, for a team or reports. */
  count?: number;
  /** A stated share of working time, 0 to 1, and on what. */
  share?: number;
  /** Set when the share is of time on people rather than on one's own work. */
  shareOnPeople?: boolean;
}

/**
 * A rule may name whom its duty goes to in a group called `target` ("…report
 * to the Registrar"): the duty is the role's only when that names the role.
 */

/**
 * One rule: a phrase of a posting and what it shows. Rules are data: each
 * carries sentences it must fire on and near misses it must not, and
 * tests/unit/classify/rules.test.ts runs them all. What a match counts for
 * (who holds it, whether it is denied, whether it is a duty, a possibility or
 * a requirement) is read from its clause, not from the rule.
 */
export interface Rule {
  /** Stable, unique: `en.reports.count-report-to`. Stored with the evidence. */
  id: string;
  lang: Language;
  signal: Signal;
  re: RegExp;
  /** The evidence's words; $1 is the count or share when the reading has one. */
  explain: MessageKey;
  /** The rule's own words deny ("no direct reports"): a negator inside its match is not a denial of it. */
  denies?: boolean;
  /** The match must start its clause, after the words that lead into a duty (lib/classify/rules/lead-in.ts: "you will", "the incumbent is responsible for"). */
  atClauseStart?: boolean;
  /**
   * The match states a fact of the post, in the form job boards print it ("Supervisory status: Supervisory"):
   * a duty wherever it stands, even under a heading of eligibility or qualifications.
   */
  postFact?: boolean;
  /** What the match says, from the match and the rest of its clause; null when it says nothing after all. */
  read?: (m: RegExpExecArray, around: Around) => Reading | null;
  /** What the match shows instead when its `target` group names the role itself ("the team is led by the Chef de Cuisine"). */
  ifTargetIsRole?: Signal;
  examples: readonly string[];
  nearMisses: readonly string[];
}

/** The clause's words on each side of a match. */
export interface Around {
  before: string;
  after: string;
}

export type RuleInput = Omit<Rule, 're' | 'lang'> & { re: string };

/** Rules of one language, compiled for the lower-cased text they read (lib/classify/text/pattern.ts). */
export function rules(lang: Language, inputs: readonly RuleInput[]): Rule[] {
  return inputs.map((r) => ({ ...r, lang, re: lowerPattern(r.re) }));
}

/** A count in the rule's first group that names one: "a team of eight", "12 direct reports". */
export const countFrom =
  (group = 1) =>
  (m: RegExpExecArray): Reading => {
    const raw = m[group];
    const count = raw ? parseCount(raw) : undefined;
    return count === undefined ? {} : { count };
  };
