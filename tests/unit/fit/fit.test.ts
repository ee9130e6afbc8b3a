import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { parseExport } from '@/lib/db/backup';
import { fitOf } from '@/lib/fit/score';
import type { Classification } from '@/lib/model/classification';
import { fitSchema } from '@/lib/model/fit';
import { PROFILE_DIMENSIONS, type ProfileSnapshot } from '@/lib/model/profile';
import { DEMAND_DIMENSIONS } from '@/lib/model/role-type';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples/profiles');
const example = (name: string) => {
  const profiles = parseExport(readFileSync(resolve(EXAMPLES, `${name}.json`), 'utf8')).profiles;
  return profiles[profiles.length - 1] as ProfileSnapshot;
};

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const score100 = fc.double({ min: 0, max: 100, noNaN: true });

const profileArb = fc.record({
  dims: fc.tuple(...PROFILE_DIMENSIONS.map(() => score100)),
  orientation: fc.double({ min: -1, max: 1, noNaN: true }),
  hybridAppetite: unit,
});

function profileFrom(p: { dims: number[]; orientation: number; hybridAppetite: number }): ProfileSnapshot {
  return {
    createdAt: 1,
    instrumentVersion: 1,
    answers: { items: {}, readiness: {}, reflections: {}, fiveYear: null, fiveYearNote: '' },
    result: {
      dimensions: Object.fromEntries(
        PROFILE_DIMENSIONS.map((d, i) => [d, p.dims[i] ?? 50]),
      ) as ProfileSnapshot['result']['dimensions'],
      orientation: p.orientation,
      hybridAppetite: p.hybridAppetite,
      path: 'hybrid',
      pathConfidence: 0.5,
      completeness: 1,
    },
  };
}

const classificationArb = fc
  .record({ demand: fc.tuple(...DEMAND_DIMENSIONS.map(() => unit)), l: unit, s: unit, h: unit })
  .map(({ demand, l, s, h }) => {
    const sum = l + s + h || 1;
    return pure('leadership', { leadership: l / sum, specialist: s / sum, hybrid: h / sum }, demand);
  });

function pure(roleType: Classification['roleType'], scores: Classification['scores'], demand: number[]): Classification {
  return {
    roleType,
    scores,
    confidence: 1,
    orientation: scores.leadership - scores.specialist,
    demand: Object.fromEntries(DEMAND_DIMENSIONS.map((d, i) => [d, demand[i] ?? 0.5])) as Classification['demand'],
    evidence: [],
    reasons: [],
  };
}

// A pure leadership posting: all authority, no hands-on work; and its mirror.
const LEAD = pure('leadership', { leadership: 1, specialist: 0, hybrid: 0 }, [1, 0, 0.8, 0.7, 0.3, 0.7]);
const SPEC = pure('specialist', { leadership: 0, specialist: 1, hybrid: 0 }, [0, 1, 0.2, 0.3, 0.8, 0.3]);

describe('fit, as properties', () => {
  it('is bounded, banded and has at least two signed reasons', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        const fit = fitOf(c, profileFrom(p));
        expect(fitSchema.safeParse(fit).success).toBe(true);
        expect(fit.reasons.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(classificationArb, profileArb, (c, p) => {
        expect(fitOf(c, profileFrom(p))).toEqual(fitOf(c, profileFrom(p)));
      }),
    );
  });

  /** Grows the preference at one dimension and moves the orientation one way; the posting's fit must not drop. */
  const neverLowers = (posting: Classification, dimension: number, direction: 1 | -1) =>
    fc.assert(
      fc.property(
        profileArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (p, more, towards) => {
          const dims = [...p.dims];
          dims[dimension] = Math.min(100, (dims[dimension] ?? 50) + more);
          const stronger = { ...p, dims, orientation: Math.max(-1, Math.min(1, p.orientation + direction * towards)) };
          expect(fitOf(posting, profileFrom(stronger)).score).toBeGreaterThanOrEqual(fitOf(posting, profileFrom(p)).score);
        },
      ),
    );

  it('never lowers a pure leadership posting’s fit when the preference for leading grows', () => {
    neverLowers(LEAD, PROFILE_DIMENSIONS.indexOf('peopleLeadership'), 1);
  });

  it('never lowers a pure specialist posting’s fit when the preference for the craft grows', () => {
    neverLowers(SPEC, PROFILE_DIMENSIONS.indexOf('craftDepth'), -1);
  });
});

describe('fit with the example profiles and real postings', () => {
  const rows = readFileSync(resolve(import.meta.dirname, '../../fixtures/labelled/dev-postings.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; label: string; title: string; description: string });
  const mean = (profile: ProfileSnapshot, label: string) => {
    const scores = rows
      .filter((r) => r.label === label)
      .map((r) => fitOf(classify({ title: r.title, description: r.description.replace(/<[^>]+>/g, ' ') }), profile).score);
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

  it('names the posting’s words and the profile answer behind its reasons', () => {
    const r = rows.find((x) => x.id === 'd044');
    const fit = fitOf(
      classify({ title: r?.title ?? '', description: (r?.description ?? '').replace(/<[^>]+>/g, ' ') }),
      example('specialist-leaning'),
    );
    expect(fit.band).toBe('poor');
    const against = fit.reasons.filter((x) => x.sign < 0);
    expect(against.map((x) => x.about)).toEqual(expect.arrayContaining(['roleType', 'craftDepth']));
    const craft = fit.reasons.find((x) => x.about === 'craftDepth');
    expect(craft?.postingEvidence).toMatch(/writing production code.*Ruled out/);
    expect(craft?.profileAnswer).toMatch(/^you agreed: “I want to become one of the best in my field/);
    expect(fit.reasons.some((x) => x.sign > 0)).toBe(true);
  });
});
