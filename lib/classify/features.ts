import { AUTHORITY_SIGNALS, type Signal } from '../model/classification';
import type { Finding } from './read/findings';
import type { Clause } from './segment/clauses';
import { ROLE_SECTIONS } from './segment/sections';
import { type TitleCue, titleCues } from './title';

/**
 * A posting as numbers for the fitted model: for each signal, how many
 * clauses show it in each reading (the holder's duty, a requirement of the
 * candidate, a possibility, denied, someone else's), the stated team size
 * and time share, how the duties divide between leading and doing, and the
 * title's cues. Counts are log-scaled: the fifth "hire" adds little.
 */

/** How a finding reads in its clause. */
export type Reading = 'duty' | 'requirement' | 'hedge' | 'negated' | 'other';

export function readingOf(f: Finding): Reading {
  if (f.negated) return 'negated';
  if (f.holder === 'other') return 'other';
  if (f.modality === 'requirement' || (f.clause.section === 'requirements' && !f.rule.postFact)) return 'requirement';
  if (f.modality === 'hedge') return 'hedge';
  return 'duty';
}

/** Signals that feed the model, in a fixed order. */
export const MODEL_SIGNALS: readonly Signal[] = [
  ...AUTHORITY_SIGNALS,
  'ic',
  'other-lead',
  'joins',
  'trainees',
  'analyst-numbers',
  'influence',
  'hands-on',
  'craft',
  'task',
  'oversight',
  'not-hands-on',
  'strategy',
  'collaboration',
];
const READINGS: readonly Reading[] = ['duty', 'requirement', 'hedge', 'negated', 'other'];

/** Signals of authority over people: a clause with one is a leading clause. */
export const AUTHORITY: ReadonlySet<Signal> = new Set<Signal>(AUTHORITY_SIGNALS);

const TITLE_CUES: readonly TitleCue[] = [
  'executive',
  'director',
  'manager',
  'icManager',
  'supervisor',
  'lead',
  'senior',
  'practitioner',
  'deputy',
  'trainee',
];

export const FEATURE_NAMES: readonly string[] = [
  ...MODEL_SIGNALS.flatMap((s) => READINGS.map((r) => `${s}:${r}`)),
  'team-size',
  'has-team-size',
  'share-own-work',
  'share-people',
  'duty-clauses',
  'authority-breadth',
  'leading-share',
  'craft-share',
  'oversight-share',
  'no-duties-section',
  ...TITLE_CUES.map((c) => `title:${c}`),
];

export interface Features {
  values: Float64Array;
  /** The largest team the holder leads, when stated. */
  teamSize: number | undefined;
  /** The stated share of time on the holder's own work, when stated. */
  ownShare: number | undefined;
}

const log1p = Math.log1p;

export function featuresOf(title: string, clauses: readonly Clause[], findings: readonly Finding[]): Features {
  const values = new Float64Array(FEATURE_NAMES.length);
  const index = new Map(FEATURE_NAMES.map((n, i) => [n, i]));
  const set = (name: string, v: number) => {
    const i = index.get(name);
    if (i !== undefined) values[i] = v;
  };
  // Each signal counts once per clause and reading.
  const seen = new Map<string, Set<number>>();
  let teamSize: number | undefined;
  let ownShare: number | undefined;
  const leading = new Set<number>();
  const crafting = new Set<number>();
  const overseeing = new Set<number>();
  for (const f of findings) {
    const r = readingOf(f);
    const key = `${f.signal}:${r}`;
    const clausesWith = seen.get(key) ?? new Set<number>();
    seen.set(key, clausesWith);
    clausesWith.add(f.clause.index);
    if (r !== 'duty') continue;
    if (AUTHORITY.has(f.signal)) leading.add(f.clause.index);
    if (f.signal === 'craft' || f.signal === 'hands-on') crafting.add(f.clause.index);
    if (f.signal === 'oversight') overseeing.add(f.clause.index);
    if (f.count !== undefined && (f.signal === 'team' || f.signal === 'reports' || f.signal === 'staff'))
      teamSize = Math.max(teamSize ?? 0, f.count);
    if (f.share !== undefined) {
      const own = f.shareOnPeople ? 1 - f.share : f.share;
      ownShare = ownShare === undefined ? own : Math.max(ownShare, own);
    }
  }
  for (const [key, set_] of seen) set(key, log1p(set_.size));
  const duties = clauses.filter((c) => ROLE_SECTIONS.has(c.section));
  const dutyCount = Math.max(1, duties.length);
  for (const i of leading) crafting.delete(i);
  set('team-size', teamSize === undefined ? 0 : log1p(Math.min(teamSize, 500)));
  set('has-team-size', teamSize === undefined ? 0 : 1);
  // A stated split, as two one-sided features: how far past even it leans to the holder's own work, or to people.
  set('share-own-work', ownShare === undefined ? 0 : Math.max(0, ownShare - 0.35));
  set('share-people', ownShare === undefined ? 0 : Math.max(0, 0.65 - ownShare));
  set('duty-clauses', log1p(duties.length));
  set('leading-share', leading.size / dutyCount);
  // How many kinds of authority the duties show (a team, hiring, reviews, a budget…): breadth says more than one phrase repeated.
  set('authority-breadth', AUTHORITY_SIGNALS.filter((s) => seen.has(`${s}:duty`)).length);
  set('craft-share', crafting.size / dutyCount);
  for (const i of leading) overseeing.delete(i);
  set('oversight-share', overseeing.size / dutyCount);
  set('no-duties-section', clauses.some((c) => c.section === 'duties') ? 0 : 1);
  for (const cue of titleCues(title)) set(`title:${cue}`, 1);
  return { values, teamSize, ownShare };
}
