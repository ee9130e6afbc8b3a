import type { Classification, Demand } from '../model/classification';
import { type Side, type SidedEvidence, type SideReader, sidesOf } from '../model/evidence-sides';
import { DEMAND_DIMENSIONS, type DemandDimension } from '../model/role-type';
import type { Analysis } from './analyze';
import { FEATURE_NAMES, featuresOf, readingOf } from './features';
import { scoresOf } from './model/apply';
import type { Finding } from './read/findings';

/** 0..1 from an amount of evidence: the first phrases matter most. */
const saturate = (units: number, scale: number) => 1 - Math.exp(-Math.max(0, units) / scale);

/**
 * How much one phrase counts, by the number of clauses it stands in: 1 the
 * first time, and its repetitions together never more than half as much
 * again. A posting that says "stakeholders" twelve times asks no more
 * collaboration than one that names stakeholders, partners and negotiations.
 */
export const phraseUnits = (clauses: number) => (clauses <= 0 ? 0 : 1 + 0.5 * (1 - 0.5 ** (clauses - 1)));

/** How fast evidence saturates: one phrase takes a dimension two fifths of the way, four distinct ones most of it. */
const SCALE = 2;

const sided = (f: Finding): SidedEvidence => ({
  field: 'description',
  signal: f.signal,
  reading: readingOf(f),
  share: f.share === undefined ? undefined : f.shareOnPeople ? 1 - f.share : f.share,
  text: f.clause.text.slice(f.start - f.clause.start, f.end - f.clause.start),
});

interface Units {
  high: number;
  low: number;
  /** Of `low`, what the phrases say outright (not only with the rest of the posting). */
  lowStated: number;
}

/** Units of evidence on each side of a dimension: distinct phrases, each by the clauses it repeats in. */
function unitsOf(
  dimension: DemandDimension,
  findings: readonly Finding[],
  all: readonly SidedEvidence[],
  sideOf: SideReader,
): Units {
  const clauses: Record<Side | 'lowStated', Map<string, Set<number>>> = { high: new Map(), low: new Map(), lowStated: new Map() };
  findings.forEach((f, i) => {
    const shown = sideOf(dimension, all[i] as SidedEvidence);
    if (!shown) return;
    const phrase = `${f.rule.id}|${f.clause.text
      .slice(f.start - f.clause.start, f.end - f.clause.start)
      .toLowerCase()
      .replace(/\s+/g, ' ')}`;
    for (const side of shown.side === 'high'
      ? (['high'] as const)
      : shown.basis === 'implied'
        ? (['low'] as const)
        : (['low', 'lowStated'] as const)) {
      const seen = clauses[side].get(phrase) ?? new Set<number>();
      seen.add(f.clause.index);
      clauses[side].set(phrase, seen);
    }
  });
  const sum = (m: Map<string, Set<number>>) => [...m.values()].reduce((n, s) => n + phraseUnits(s.size), 0);
  return { high: sum(clauses.high), low: sum(clauses.low), lowStated: sum(clauses.lowStated) };
}

/** Keeps a value on the side the evidence shows: a demand of 0.5 or more needs a phrase showing much of it, below needs one showing little. */
function onShownSide(value: number, units: Units): number {
  if (value >= 0.5 && units.high === 0) return 0.49;
  if (value < 0.5 && units.low === 0) return 0.5;
  return value;
}

const TITLE_FEATURES = FEATURE_NAMES.flatMap((n, i) => (n.startsWith('title:') ? [i] : []));

/**
 * The posting as the fitted model reads it with each sentence once: the
 * model counts clauses, so a sentence pasted ten times would move the size of
 * what it asks. The label stays the classifier's; only the demand reads this.
 */
function onceEach(a: Analysis, scores: Classification['scores']) {
  const seen = new Set<string>();
  const kept = a.clauses.filter((c) => {
    const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length === a.clauses.length) return { scores, features: a.features };
  const keptIndex = new Set(kept.map((c) => c.index));
  const features = featuresOf(
    '',
    kept,
    a.findings.filter((f) => keptIndex.has(f.clause.index)),
  );
  // The title is read once either way: its cues carry over as they were.
  for (const i of TITLE_FEATURES) features.values[i] = a.features.values[i] ?? 0;
  return { scores: scoresOf(features.values), features };
}

/**
 * What the role asks of its holder on each profile dimension, so fit can set
 * it against what the person wants. Only phrases count (lib/model/evidence-sides.ts
 * says which side each shows), never the posting's length: boilerplate is
 * not read at all (lib/classify/read skips the company, benefits, legal and
 * how-to-apply sections), each phrase counts once however often it repeats
 * (phraseUnits), and a dimension no phrase speaks to is null: not stated.
 * Leading people and the hands-on work take their size from the fitted
 * model and the stated team size or time split, on the side the phrases show.
 */
export function demandFrom(a: Analysis, scores: Classification['scores']): Demand {
  const all = a.findings.map(sided);
  const sideOf = sidesOf(all);
  const once = onceEach(a, scores);
  const out = {} as Record<DemandDimension, number | null>;
  for (const dim of DEMAND_DIMENSIONS) {
    const units = unitsOf(dim, a.findings, all, sideOf);
    if (units.high === 0 && units.low === 0) {
      out[dim] = null;
      continue;
    }
    const high = saturate(units.high, SCALE);
    const low = saturate(units.low, SCALE);
    let value: number;
    if (dim === 'peopleLeadership') {
      const teamSize = once.features.teamSize;
      const size = teamSize === undefined ? 0.5 : Math.min(1, Math.log(teamSize + 1) / Math.log(60));
      value = (once.scores.leadership + once.scores.hybrid) * (0.55 + 0.45 * size);
    } else if (dim === 'craftDepth') {
      const share = once.features.ownShare;
      // Leading duties that only imply less hands-on work do not take it away from a role the model reads as doing both.
      const saysLess = saturate(units.lowStated, SCALE);
      value =
        share !== undefined ? share : (once.scores.specialist + once.scores.hybrid) * (0.6 + 0.4 * high) * (1 - 0.4 * saysLess);
    } else {
      value = 0.5 + 0.5 * (high - low);
    }
    out[dim] = Math.min(1, Math.max(0, onShownSide(value, units)));
  }
  return out;
}
