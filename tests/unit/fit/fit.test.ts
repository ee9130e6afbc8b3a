import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS } from '@/lib/assess/instrument';
import { scoreAnswers } from '@/lib/assess/score';
import { classify } from '@/lib/classify/role-type';
import { readLabelled } from '@/lib/cli/labelled';
import { parseExport } from '@/lib/db/backup';
import { contributions, fitOf } from '@/lib/fit/score';
import { sayPhrase } from '@/lib/i18n/words';
import { type Classification, type Evidence, READINGS, SIGNALS } from '@/lib/model/classification';
import { type FitReason, fitSchema } from '@/lib/model/fit';
import { answersSchema, FIVE_YEAR_CHOICES, type ProfileSnapshot } from '@/lib/model/profile';
import { DEMAND_DIMENSIONS } from '@/lib/model/role-type';
import { anyPosting, managementPosting } from './postings';

const ROOT = resolve(import.meta.dirname, '../../..');
const example = (name: string) => {
  const profiles = parseExport(readFileSync(resolve(ROOT, 'examples/profiles', `${name}.json`), 'utf8')).profiles;
  return profiles[profiles.length - 1] as ProfileSnapshot;
};

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const likert = fc.integer({ min: 1, max: 5 });

/** A person as the assessment sees them: answers to every statement, scored the way the extension scores them. */
const profileArb = fc
  .record({ items: fc.tuple(...ITEMS.map(() => likert)), fiveYear: fc.constantFrom(...FIVE_YEAR_CHOICES) })
  .map(({ items, fiveYear }): ProfileSnapshot => {
    const answers = answersSchema.parse({ items: Object.fromEntries(ITEMS.map((it, i) => [it.id, items[i]])), fiveYear });
    return { createdAt: 1, instrumentVersion: 2, answers, result: scoreAnswers(answers) };
  });

/** Any evidence the classifier could hand over, read any way, with any weight: the fit must stay truthful whatever it gets. */
const evidenceArb = fc
  .record({
    signal: fc.constantFrom(...SIGNALS),
    reading: fc.constantFrom(...READINGS),
    weight: fc.double({ min: -8, max: 8, noNaN: true }),
    share: fc.integer({ min: 0, max: 100 }),
    n: fc.nat(999),
  })
  .map(
    ({ signal, reading, weight, share, n }): Evidence => ({
      field: 'description',
      start: n,
      end: n + 5,
      text: `phrase ${n} ${signal} ${reading}`,
      signal,
      rule: `test.${signal}`,
      reading,
      weight,
      say: signal === 'time-split' ? { key: 'evTimeShare', args: [String(share)] } : { key: 'evLegacy', args: [`e${n}`] },
    }),
  );

const classificationArb = fc
  .record({
    demand: fc.tuple(...DEMAND_DIMENSIONS.map(() => fc.option(unit, { nil: null }))),
    l: unit,
    s: unit,
    h: unit,
    evidence: fc.array(evidenceArb, { maxLength: 14 }),
  })
  .map(({ demand, l, s, h, evidence }): Classification => {
    const sum = l + s + h || 1;
    const scores = { leadership: l / sum, specialist: s / sum, hybrid: h / sum };
    const roleType = (['leadership', 'specialist', 'hybrid'] as const).reduce((a, b) => (scores[b] > scores[a] ? b : a));
    return {
      roleType,
      scores,
      confidence: 1,
      orientation: scores.leadership - scores.specialist,
      demand: Object.fromEntries(DEMAND_DIMENSIONS.map((d, i) => [d, demand[i] ?? null])) as Classification['demand'],
      evidence,
      reasons: evidence.slice(0, 3).map((e) => ({ say: e.say, reading: e.reading })),
    };
  });

// ——— The oracle: what each claim says, written apart from lib/fit so the two check each other. ———

const LEADS = ['reports', 'team', 'staff', 'people-role', 'hiring', 'reviews', 'scheduling', 'developing', 'managers', 'running'];
const OWN = ['hands-on', 'craft'];
const share = (e: Evidence) => Number(e.say.args[0]) / 100;

/** Whether a phrase can show what a claim says the role asks, on its dimension and side. */
function shows(about: FitReason['about'], side: 'High' | 'Low', e: Evidence, reason: FitReason): boolean {
  const { signal: s, reading: r } = e;
  const duty = r === 'duty';
  const implied = reason.basis !== null;
  switch (about) {
    case 'peopleLeadership':
      if (side === 'High') return LEADS.includes(s) && duty;
      return (
        (['ic', 'other-lead', 'joins'].includes(s) && (duty || (s === 'ic' && r === 'requirement'))) ||
        (LEADS.includes(s) && r === 'negated') ||
        (implied && (OWN.includes(s) || s === 'influence') && duty)
      );
    case 'craftDepth':
      if (side === 'High') return (OWN.includes(s) && duty) || (s === 'time-split' && duty && share(e) >= 0.4);
      return (
        (s === 'not-hands-on' && duty) ||
        (OWN.includes(s) && r === 'negated') ||
        (s === 'time-split' && duty && share(e) < 0.4) ||
        (implied && [...LEADS, 'budget'].includes(s) && duty)
      );
    case 'strategicScope':
      return side === 'High'
        ? ['strategy', 'budget'].includes(s) && duty
        : s === 'strategy' && (r === 'negated' || r === 'other');
    case 'collaboration':
      return side === 'High'
        ? s === 'collaboration' && (duty || r === 'requirement')
        : (s === 'autonomy' && duty) || (s === 'collaboration' && r === 'negated');
    case 'autonomy':
      return side === 'High'
        ? s === 'autonomy' && (duty || r === 'requirement')
        : (s === 'other-lead' && duty) || (s === 'autonomy' && r === 'negated');
    case 'pressure':
      return side === 'High' ? s === 'pressure' && (duty || r === 'requirement') : s === 'pressure' && r === 'negated';
    default:
      return false;
  }
}

/** Claims that say the role takes something the user wants away, or gives what they avoid: only ever against. */
const LOSS = /LowWants$|HighAvoids$/;
/** Claims that say the role gives what the user wants: only ever for. */
const GAIN = /HighWants$|LowAvoids$/;

/** Checks one fit against its classification and profile; returns what is wrong, or nothing. */
function untrue(fit: ReturnType<typeof fitOf>, c: Classification, profile: ProfileSnapshot): string[] {
  const wrong: string[] = [];
  if (!fitSchema.safeParse(fit).success) wrong.push('not a valid fit');
  if (fit.reasons.length > 3) wrong.push('more than three reasons');
  for (const r of fit.reasons) {
    const key = r.claim.key;
    const e = c.evidence.find(
      (x) => x.text === r.quote?.text && x.reading === r.quote?.reading && x.say.key === r.quote?.say.key,
    );
    if (!r.quote || !e) {
      wrong.push(`${key}: quotes nothing of the posting`);
      continue;
    }
    if (r.about === 'roleType') {
      if (!c.reasons.some((x) => x.say.key === e.say.key && x.reading === e.reading))
        wrong.push('the label is quoted with a phrase that is none of its reasons');
      continue;
    }
    const side = /(High|Low)(Wants|Avoids|Mixed|Other)$/.exec(key)?.[1] as 'High' | 'Low' | undefined;
    if (!side || !key.includes(r.about[0]?.toUpperCase() + r.about.slice(1)))
      wrong.push(`${key} is not a claim about ${r.about}`);
    else if (!shows(r.about, side, e, r)) wrong.push(`${key} quotes ${e.signal}/${e.reading}`);
    if (LOSS.test(key) && r.sign > 0) wrong.push(`${key} is a loss shown as a plus`);
    if (GAIN.test(key) && r.sign < 0) wrong.push(`${key} is a gain shown as a minus`);
    // The answer named is one that says where the claim says the user stands.
    const item = ITEMS.find((i) => r.answer?.args[0] && typeof r.answer.args[0] !== 'string' && r.answer.args[0].key === i.text);
    const stance = /Wants$/.test(key) ? 'wants' : /Avoids$/.test(key) ? 'avoids' : null;
    if (stance && !item) wrong.push(`${key}: names none of the user's answers`);
    if (stance && item) {
      const v = profile.answers.items[item.id] ?? 3;
      const keyed = item.reverse ? 6 - v : v;
      if (item.dimension !== r.about) wrong.push(`${key}: answer of another dimension`);
      if (stance === 'wants' ? keyed < 4 : keyed > 2) wrong.push(`${key}: the answer named says the opposite`);
    }
  }
  // The largest mismatch on leading people or hands-on work is always shown.
  const core = contributions(c, profile.result)
    .filter((p) => (p.about === 'peopleLeadership' || p.about === 'craftDepth') && p.points < 0)
    .sort((a, b) => a.points - b.points)[0];
  if (core && !fit.reasons.some((r) => r.about === core.about && r.sign < 0))
    wrong.push(`the mismatch on ${core.about} is missing`);
  return wrong;
}

describe('fit reasons say only what their quotes show', () => {
  it('whatever evidence the classifier hands over', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        expect(untrue(fitOf(c, p), c, p)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('on postings read the whole way, from their text', () => {
    fc.assert(
      fc.property(anyPosting, profileArb, (posting, p) => {
        const c = classify(posting);
        expect(untrue(fitOf(c, p), c, p)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never says the role keeps the craft with a phrase that rules it out, nor narrow scope or room to focus with the opposite', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        for (const r of fitOf(c, p).reasons) {
          const e = c.evidence.find((x) => x.text === r.quote?.text);
          if (r.claim.key.startsWith('fitClaimCraftDepthHigh')) expect(e?.reading).not.toBe('negated');
          if (r.claim.key.startsWith('fitClaimCraftDepthHigh')) expect(e?.signal).not.toBe('not-hands-on');
          if (r.claim.key.startsWith('fitClaimStrategicScopeLow'))
            expect([e?.signal, e?.reading]).not.toEqual(['strategy', 'duty']);
          if (r.claim.key.startsWith('fitClaimCollaborationLow'))
            expect([e?.signal, e?.reading]).not.toEqual(['collaboration', 'duty']);
        }
      }),
    );
  });

  it('a specialist on a pure management posting always sees the hands-on work they would lose', () => {
    const specialist = example('specialist-leaning');
    fc.assert(
      fc.property(managementPosting, (posting) => {
        const fit = fitOf(classify(posting), specialist);
        const loss = fit.reasons.find((r) => /^fitClaimCraftDepth(Mostly)?LowWants$/.test(r.claim.key));
        expect(loss?.sign).toBe(-1);
        expect(sayPhrase(loss?.claim ?? { key: 'x', args: [] })).toMatch(/hands-on work you enjoy/);
        expect(loss?.answer).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});

describe('fit, as properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        expect(fitOf(c, p)).toEqual(fitOf(c, p));
      }),
    );
  });

  it('leaves a dimension the posting does not state out of the score', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        const parts = contributions(c, p.result);
        for (const dim of DEMAND_DIMENSIONS) if (c.demand[dim] === null) expect(parts.some((x) => x.about === dim)).toBe(false);
      }),
    );
  });

  /** A pure leadership posting and its mirror, each with the phrases that show what it asks. */
  const ev = (signal: Evidence['signal'], reading: Evidence['reading'], n: number): Evidence => ({
    field: 'description',
    start: n,
    end: n + 4,
    text: `p${n}`,
    signal,
    rule: 'test',
    reading,
    weight: 1,
    say: { key: 'evLegacy', args: [`p${n}`] },
  });
  const pure = (roleType: 'leadership' | 'specialist', demand: number[], evidence: Evidence[]): Classification => ({
    roleType,
    scores: { leadership: roleType === 'leadership' ? 1 : 0, specialist: roleType === 'specialist' ? 1 : 0, hybrid: 0 },
    confidence: 1,
    orientation: roleType === 'leadership' ? 1 : -1,
    demand: Object.fromEntries(DEMAND_DIMENSIONS.map((d, i) => [d, demand[i] ?? null])) as Classification['demand'],
    evidence,
    reasons: [{ say: evidence[0]?.say ?? { key: 'evLegacy', args: [] }, reading: 'duty' }],
  });
  const LEAD = pure(
    'leadership',
    [1, 0, 0.8, 0.7, 0.3, 0.7],
    [
      ev('reports', 'duty', 1),
      ev('not-hands-on', 'duty', 2),
      ev('strategy', 'duty', 3),
      ev('collaboration', 'duty', 4),
      ev('other-lead', 'duty', 5),
      ev('pressure', 'duty', 6),
    ],
  );
  const SPEC = pure(
    'specialist',
    [0, 1, 0.2, 0.3, 0.8, 0.3],
    [
      ev('ic', 'duty', 1),
      ev('craft', 'duty', 2),
      ev('strategy', 'other', 3),
      ev('autonomy', 'duty', 4),
      ev('pressure', 'negated', 5),
    ],
  );

  /** Grows the preference for one dimension and moves the orientation one way; the posting's fit must not drop. */
  const neverLowers = (posting: Classification, dimension: 'peopleLeadership' | 'craftDepth', direction: 1 | -1) =>
    fc.assert(
      fc.property(
        profileArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (p, more, towards) => {
          const result = {
            ...p.result,
            dimensions: { ...p.result.dimensions, [dimension]: Math.min(100, p.result.dimensions[dimension] + more) },
            orientation: Math.max(-1, Math.min(1, p.result.orientation + direction * towards)),
          };
          expect(fitOf(posting, { ...p, result }).score).toBeGreaterThanOrEqual(fitOf(posting, p).score);
        },
      ),
    );

  it('never lowers a pure leadership posting’s fit when the preference for leading grows', () => {
    neverLowers(LEAD, 'peopleLeadership', 1);
  });

  it('never lowers a pure specialist posting’s fit when the preference for the craft grows', () => {
    neverLowers(SPEC, 'craftDepth', -1);
  });
});

describe('fit with the example profiles and real postings', () => {
  const rows = readLabelled(resolve(ROOT, 'tests/fixtures/labelled/dev-postings.jsonl'));
  const mean = (profile: ProfileSnapshot, label: string) => {
    const scores = rows.filter((r) => r.label === label).map((r) => fitOf(classify(r.posting), profile).score);
    return scores.reduce((a, b) => a + b, 0) / scores.length;
  };

  it('ranks each kind of posting highest for the matching person', () => {
    const leader = example('leader-leaning');
    const specialist = example('specialist-leaning');
    const hybrid = example('hybrid-leaning');
    expect(mean(leader, 'leadership')).toBeGreaterThan(mean(leader, 'specialist') + 25);
    expect(mean(specialist, 'specialist')).toBeGreaterThan(mean(specialist, 'leadership') + 25);
    expect(mean(hybrid, 'hybrid')).toBeGreaterThan(Math.max(mean(hybrid, 'leadership'), mean(hybrid, 'specialist')));
  });

  it('tells a specialist what a management posting would take from them, in the posting’s words and their own', () => {
    const r = rows.find((x) => x.id.endsWith(':d044'));
    if (!r) throw new Error('d044 is gone from the labelled set');
    const fit = fitOf(classify(r.posting), example('specialist-leaning'));
    expect(fit.band).toBe('poor');
    const craft = fit.reasons.find((x) => x.about === 'craftDepth');
    expect(craft?.sign).toBe(-1);
    expect(sayPhrase(craft?.claim ?? { key: 'x', args: [] })).toBe('You would stop doing the hands-on work you enjoy.');
    expect(craft?.quote).toMatchObject({ text: 'writing production code', reading: 'negated' });
    expect(sayPhrase(craft?.answer ?? { key: 'x', args: [] })).toMatch(
      /^You agreed: “I want to become one of the best in my field/,
    );
  });
});
