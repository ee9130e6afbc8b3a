import { type MessageKey, t } from '../i18n/t';
import { words } from '../i18n/words';
import { DEMAND_SIGNALS, type Evidence, type Reason } from '../model/classification';
import { MAX_EVIDENCE, MAX_EVIDENCE_TEXT, MAX_REASONS } from '../model/limits';
import type { RoleType } from '../model/role-type';
import type { Analysis } from './analyze';
import { AUTHORITY, FEATURE_NAMES, readingOf } from './features';
import { weights } from './model/apply';
import type { Finding } from './read/findings';
import type { TitleCue } from './title';
import { titleCues } from './title';

const SUMMARY: Record<RoleType, MessageKey> = {
  leadership: 'roleSummaryLeadership',
  specialist: 'roleSummarySpecialist',
  hybrid: 'roleSummaryHybrid',
};

const TITLE_WORDS: Record<TitleCue, MessageKey> = {
  executive: 'evTitleExecutive',
  director: 'evTitleDirector',
  manager: 'evTitleManager',
  icManager: 'evTitleIcManager',
  supervisor: 'evTitleSupervisor',
  lead: 'evTitleLead',
  senior: 'evTitleSenior',
  practitioner: 'evTitlePractitioner',
  deputy: 'evTitleDeputy',
  trainee: 'evTitleTrainee',
};

const FEATURE_INDEX = new Map(FEATURE_NAMES.map((n, i) => [n, i]));

/** A feature's effect per unit on the two questions (leads people? does the work too?). */
function effect(feature: string): { lead: number; hybrid: number } {
  const i = FEATURE_INDEX.get(feature);
  if (i === undefined) return { lead: 0, hybrid: 0 };
  const scale = weights.scale[i] || 1;
  return { lead: (weights.lead.w[i] ?? 0) / scale, hybrid: (weights.hybrid.w[i] ?? 0) / scale };
}

/** How much a piece of evidence argues for a label. */
function support(e: { lead: number; hybrid: number }, label: RoleType): number {
  if (label === 'specialist') return Math.max(0, -e.lead);
  if (label === 'leadership') return Math.max(0, e.lead) + Math.max(0, -e.hybrid);
  return Math.max(0, e.lead) + Math.max(0, e.hybrid);
}

/**
 * The words a piece of evidence quotes: the phrase; for a rule that reads a clause by its first verb, the duty
 * from that verb on (a verb alone, "Write", quotes nothing a reader can check), cut at a word near 140 characters.
 */
function quoteOf(f: Finding): string {
  const phrase = f.clause.text.slice(f.start - f.clause.start, f.end - f.clause.start);
  if (!f.rule.atClauseStart) return phrase.slice(0, MAX_EVIDENCE_TEXT);
  const duty = f.clause.text.slice(f.start - f.clause.start);
  if (duty.length <= 140) return duty.replace(/[.;:,]+$/, '');
  const cut = duty.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

const HANDS_ON_SIGNALS = new Set(['hands-on', 'craft', 'not-hands-on', 'time-split']);

function sayOf(f: Finding) {
  if (f.share !== undefined) return words(f.rule.explain, Math.round(100 * (f.shareOnPeople ? 1 - f.share : f.share)));
  if (f.count !== undefined) return words(f.rule.explain, f.count);
  return words(f.rule.explain);
}

interface Weighed {
  evidence: Evidence;
  effect: { lead: number; hybrid: number };
}

function weighed(a: Analysis, title: string): Weighed[] {
  const out: Weighed[] = [];
  for (const f of a.findings) {
    const reading = readingOf(f);
    const fx = DEMAND_SIGNALS.has(f.signal) ? { lead: 0, hybrid: 0 } : effect(`${f.signal}:${reading}`);
    out.push({
      effect: fx,
      evidence: {
        field: 'description',
        start: f.start,
        end: f.rule.atClauseStart ? f.start + quoteOf(f).replace(/…$/, '').length : f.end,
        text: quoteOf(f),
        signal: f.signal,
        rule: f.rule.id,
        reading,
        weight: HANDS_ON_SIGNALS.has(f.signal) ? fx.hybrid : fx.lead,
        say: sayOf(f),
      },
    });
  }
  for (const cue of titleCues(title)) {
    const fx = effect(`title:${cue}`);
    out.push({
      effect: fx,
      evidence: {
        field: 'title',
        start: 0,
        end: Math.min(title.length, MAX_EVIDENCE_TEXT),
        text: title.slice(0, MAX_EVIDENCE_TEXT),
        signal: 'title',
        rule: `title.${cue}`,
        reading: 'duty',
        weight: fx.lead,
        say: words(TITLE_WORDS[cue]),
      },
    });
  }
  return out;
}

/** Every phrase that moved the result, strongest first. */
export function evidenceOf(a: Analysis, title: string): Evidence[] {
  return weighed(a, title)
    .map((w) => w.evidence)
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))
    .slice(0, MAX_EVIDENCE);
}

/**
 * The reasons for the label given, strongest first: the evidence of the
 * description that argues for it, one per kind of evidence, and the label's
 * summary when the description argues for nothing.
 */
export function reasonsFrom(a: Analysis, roleType: RoleType): Reason[] {
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  const described = weighed(a, '').filter((w) => w.evidence.field === 'description' && !DEMAND_SIGNALS.has(w.evidence.signal));
  // "Manage" read as running things says less than the same words read as leading a team: the team is the reason.
  const authority = described.filter((w) => AUTHORITY.has(w.evidence.signal)).map((w) => w.evidence);
  const ranked = described
    .filter(
      (w) =>
        w.evidence.signal !== 'oversight' ||
        !authority.some((x) => x.reading === w.evidence.reading && w.evidence.start < x.end && x.start < w.evidence.end),
    )
    .map((w) => ({ ...w, support: support(w.effect, roleType) }))
    .filter((w) => w.support > 0.05)
    .sort((x, y) => y.support - x.support);
  const quoted: Array<[number, number]> = [];
  for (const w of ranked) {
    const key = `${w.evidence.signal}|${w.evidence.reading}`;
    if (seen.has(key)) continue;
    // One phrase read as several kinds ("manage a team of 5 engineers": a team, staff, a count) gives one reason,
    // its strongest: three reasons quoting the same words say one thing.
    const { start, end } = w.evidence;
    if (quoted.some(([s, e]) => start < e && s < end)) continue;
    seen.add(key);
    quoted.push([start, end]);
    reasons.push({ say: w.evidence.say, reading: w.evidence.reading });
    if (reasons.length >= Math.min(5, MAX_REASONS)) break;
  }
  if (reasons.length === 0) reasons.push({ say: words(SUMMARY[roleType]), reading: 'duty' });
  return reasons;
}

export function roleSummary(roleType: RoleType): string {
  return t(SUMMARY[roleType]);
}
