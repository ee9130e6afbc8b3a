import type { MessageKey } from '../i18n/t';
import type { Classification, Evidence } from '../model/classification';
import type { FitQuote, FitReason, Phrase } from '../model/fit';
import type { ProfileSnapshot } from '../model/profile';
import type { DemandDimension, RoleType } from '../model/role-type';
import { answerFor, answerForLean, type Lean } from './answers';
import { agreesWith, claimFor, stanceOf } from './claims';
import type { Stated } from './demand';
import type { Contribution } from './score';

/** At most this many reasons: the panel shows them whole. */
export const MAX_FIT_REASONS = 3;

const ROLE_WORDS: Record<RoleType, MessageKey> = {
  leadership: 'fitRoleLeadership',
  specialist: 'fitRoleSpecialist',
  hybrid: 'fitRoleHybrid',
};
const LEAN_WORDS: Record<Lean, MessageKey> = {
  both: 'fitLeanBoth',
  leading: 'fitLeanLeading',
  specialist: 'fitLeanSpecialist',
  between: 'fitLeanBetween',
};

export function leanOf(profile: ProfileSnapshot['result']): Lean {
  if (profile.hybridAppetite >= 0.6) return 'both';
  if (profile.orientation > 0.15) return 'leading';
  if (profile.orientation < -0.15) return 'specialist';
  return 'between';
}

const quoteOf = (e: Evidence): FitQuote => ({ text: e.text, say: e.say, reading: e.reading });

const READING_ORDER = { duty: 0, requirement: 1, hedge: 2, negated: 3, other: 4 } as const;

/** The phrases behind the label: the evidence the classifier's reasons for it were read from, the holder's own duties first. */
export function roleQuoteEvidence(c: Classification): Evidence[] {
  const out: Array<{ evidence: Evidence; order: number }> = [];
  c.reasons.forEach((r, i) => {
    const e = c.evidence.find(
      (x) =>
        x.field === 'description' &&
        x.reading === r.reading &&
        x.say.key === r.say.key &&
        x.say.args.join('\u0000') === r.say.args.join('\u0000'),
    );
    if (e) out.push({ evidence: e, order: READING_ORDER[r.reading] * 100 + i });
  });
  return out.sort((a, b) => a.order - b.order).map((x) => x.evidence);
}

const BASIS_WORDS: Partial<Record<DemandDimension, Phrase>> = {
  peopleLeadership: { key: 'fitBasisMostlyOwnWork', args: [] },
  craftDepth: { key: 'fitBasisMostlyLeading', args: [] },
};

/** A reason and the phrases that could stand behind it, best first. */
interface Candidate {
  reason: FitReason;
  quotes: FitQuote[];
}

/** A contribution as a reason the user can check, or null when nothing of the posting shows it or its words would say the opposite of its sign. */
function reasonOf(
  p: Contribution,
  c: Classification,
  stated: Record<DemandDimension, Stated | null>,
  profile: ProfileSnapshot,
): Candidate | null {
  if (p.points === 0) return null;
  const sign = p.points > 0 ? 1 : -1;
  if (p.about === 'roleType') {
    const quotes = roleQuoteEvidence(c).map(quoteOf);
    if (quotes.length === 0) return null;
    const lean = leanOf(profile.result);
    const reason: FitReason = {
      sign,
      about: 'roleType',
      claim: { key: 'fitRoleAndLean', args: [{ key: ROLE_WORDS[c.roleType] }, { key: LEAN_WORDS[lean] }] },
      basis: null,
      quote: quotes[0] ?? null,
      answer: answerForLean(profile, lean),
      points: p.points,
    };
    return { reason, quotes };
  }
  const dim = p.about;
  const demand = stated[dim];
  const best = demand?.support[0];
  if (!demand || !best) return null;
  const stance = stanceOf(profile.result.dimensions[dim]);
  const claim = claimFor(dim, demand.side, stance, best.basis !== 'stated');
  if (!agreesWith(claim.tone, p.points)) return null;
  const reason: FitReason = {
    sign,
    about: dim,
    claim: { key: claim.key, args: [] },
    basis: best.basis === 'implied' ? (BASIS_WORDS[dim] ?? null) : null,
    quote: quoteOf(best.evidence),
    answer: answerFor(profile, dim, stance),
    points: p.points,
  };
  // Other phrases of the same basis may stand in for the best one, so two reasons need not quote the same words.
  return { reason, quotes: demand.support.filter((x) => x.basis === best.basis).map((x) => quoteOf(x.evidence)) };
}

const isCore = (about: Contribution['about']) => about === 'peopleLeadership' || about === 'craftDepth';

/**
 * The reasons shown for a fit, largest first: at most three, each quoting
 * the posting's words that show what it says and naming the user's answer
 * behind it. The largest mismatch on leading people or hands-on work is
 * always among them (it is what decides most careers at this fork), and
 * both sides are shown when both exist.
 */
export function reasonsFor(
  parts: Contribution[],
  c: Classification,
  stated: Record<DemandDimension, Stated | null>,
  profile: ProfileSnapshot,
): FitReason[] {
  const candidates = parts
    .map((p) => reasonOf(p, c, stated, profile))
    .filter((x): x is Candidate => x !== null)
    .sort((a, b) => Math.abs(b.reason.points) - Math.abs(a.reason.points));
  const eligible = candidates.map((x) => x.reason);
  const decisive = eligible.filter((r) => isCore(r.about) && r.points < 0).sort((a, b) => a.points - b.points)[0];
  const chosen: FitReason[] = decisive ? [decisive] : [];
  for (const r of eligible) {
    if (chosen.length >= MAX_FIT_REASONS) break;
    if (!chosen.includes(r)) chosen.push(r);
  }
  // Both sides when both exist: the weakest reason that is not the decisive one makes room.
  for (const sign of [1, -1] as const) {
    if (chosen.some((r) => r.sign === sign)) continue;
    const missing = eligible.find((r) => r.sign === sign);
    if (!missing) continue;
    const out = [...chosen].reverse().find((r) => r !== decisive);
    if (out && chosen.length >= MAX_FIT_REASONS) chosen.splice(chosen.indexOf(out), 1);
    chosen.push(missing);
  }
  chosen.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  // Each reason its own words of the posting where it has others to quote.
  const used = new Set<string>();
  return chosen.map((r) => {
    const quotes = candidates.find((x) => x.reason === r)?.quotes ?? [];
    const quote = quotes.find((q) => !used.has(q.text)) ?? r.quote;
    if (quote) used.add(quote.text);
    return { ...r, quote };
  });
}
