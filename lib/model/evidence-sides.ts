import { AUTHORITY_SIGNALS, type Reading, type Signal } from './classification';
import type { DemandDimension } from './role-type';

/**
 * Which side of each demand dimension a phrase of a posting shows, read by
 * its signal and by how its clause reads it (lib/classify/read). One table
 * for the demand (lib/classify/demand.ts), which is stated only where a
 * phrase shows a side, and for the fit's reasons (lib/fit), which may quote
 * a phrase only for the side it shows: "keeps you close to the craft" never
 * quotes "you will not be writing production code".
 *
 * A side is *stated* when the phrase says it ("no direct reports"). It is
 * *implied* when the phrase shows it only because the posting's other duties
 * agree: leading duties imply that the hands-on work mostly goes when they
 * outnumber the hands-on duties two to one, never when there are as many.
 * A time split below two fifths on one's own work is its own *share* basis:
 * the hands-on work shrinks, but does not stop.
 */
export type Side = 'high' | 'low';
export type Basis = 'stated' | 'implied' | 'share';
export interface Shown {
  side: Side;
  basis: Basis;
}

/** What the table reads of a phrase. `share` is the stated share of time on one's own work, 0..1, for a time split. */
export interface SidedEvidence {
  field: 'title' | 'description';
  signal: Signal;
  reading: Reading;
  share?: number;
  /** The phrase as written: the same words repeated count once when duties are weighed against each other. */
  text?: string;
}

/** Authority over people (a budget is authority over money, and shows strategic scope instead). */
const LEADS_PEOPLE: ReadonlySet<Signal> = new Set<Signal>(AUTHORITY_SIGNALS.filter((s) => s !== 'budget'));
/** The holder's own work in the field (a task anyone does, such as keeping records, is not the craft). */
const OWN_WORK: ReadonlySet<Signal> = new Set<Signal>(['hands-on', 'craft']);
/** Below this share of time on one's own work, a time split says the hands-on work mostly goes. */
export const LOW_SHARE = 0.4;
/** How many times more duties of one kind than of the other make a posting "mostly" that kind. */
const MOSTLY = 2;

const is = (e: SidedEvidence, signals: ReadonlySet<Signal> | Signal, ...readings: Reading[]) =>
  e.field === 'description' &&
  (typeof signals === 'string' ? e.signal === signals : signals.has(e.signal)) &&
  readings.includes(e.reading);

const leadsPeople = (e: SidedEvidence) => is(e, LEADS_PEOPLE, 'duty');
const ownWork = (e: SidedEvidence) => is(e, OWN_WORK, 'duty');
const timeSplit = (e: SidedEvidence) => is(e, 'time-split', 'duty');

export type SideReader = (dimension: DemandDimension, e: SidedEvidence) => Shown | null;

/** Reads the sides of a posting's phrases, each against the rest of that posting's evidence. */
export function sidesOf(all: readonly SidedEvidence[]): SideReader {
  const distinct = (keep: (e: SidedEvidence) => boolean) =>
    new Set(all.filter(keep).map((e, i) => `${e.signal}|${e.text?.toLowerCase().replace(/\s+/g, ' ') ?? i}`)).size;
  const leading = distinct((e) => leadsPeople(e) || is(e, 'budget', 'duty'));
  const own = distinct(ownWork);
  // A time split that gives people much of the week keeps them in the role, one that gives the work much of it keeps
  // the work; hands-on work "now and then" still is some.
  const shares = all.filter(timeSplit).map((e) => e.share ?? 1);
  const someOwn = all.some((e) => is(e, OWN_WORK, 'hedge')) || shares.some((s) => s >= LOW_SHARE);
  const somePeople = shares.some((s) => s < 1 - LOW_SHARE);
  const mostlyOwnWork = !somePeople && own > 0 && own >= MOSTLY * distinct(leadsPeople);
  const mostlyLeading = !someOwn && leading > 0 && leading >= MOSTLY * own;
  const stated = (side: Side): Shown => ({ side, basis: 'stated' });

  return (dimension, e) => {
    switch (dimension) {
      case 'peopleLeadership':
        if (leadsPeople(e)) return stated('high');
        if (is(e, 'ic', 'duty', 'requirement') || is(e, 'other-lead', 'duty') || is(e, 'joins', 'duty')) return stated('low');
        if (is(e, LEADS_PEOPLE, 'negated')) return stated('low');
        if (mostlyOwnWork && (ownWork(e) || is(e, 'influence', 'duty'))) return { side: 'low', basis: 'implied' };
        return null;
      case 'craftDepth':
        if (timeSplit(e)) return (e.share ?? 1) >= LOW_SHARE ? stated('high') : { side: 'low', basis: 'share' };
        if (ownWork(e)) return stated('high');
        if (is(e, 'not-hands-on', 'duty') || is(e, OWN_WORK, 'negated')) return stated('low');
        if (mostlyLeading && (leadsPeople(e) || is(e, 'budget', 'duty'))) return { side: 'low', basis: 'implied' };
        return null;
      case 'strategicScope':
        if (is(e, 'strategy', 'duty') || is(e, 'budget', 'duty')) return stated('high');
        if (is(e, 'strategy', 'negated', 'other')) return stated('low');
        return null;
      case 'collaboration':
        if (is(e, 'collaboration', 'duty', 'requirement')) return stated('high');
        if (is(e, 'autonomy', 'duty') || is(e, 'collaboration', 'negated')) return stated('low');
        return null;
      case 'autonomy':
        if (is(e, 'autonomy', 'duty', 'requirement')) return stated('high');
        // Working under someone's direction, or in a team someone else leads.
        if (is(e, 'other-lead', 'duty') || is(e, 'autonomy', 'negated')) return stated('low');
        return null;
      case 'pressure':
        if (is(e, 'pressure', 'duty', 'requirement')) return stated('high');
        if (is(e, 'pressure', 'negated')) return stated('low');
        return null;
    }
  };
}
