import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseUnits } from '@/lib/classify/demand';
import { classify } from '@/lib/classify/role-type';
import { DEMAND_DIMENSIONS } from '@/lib/model/role-type';
import { anyPosting, type Kind, postingOf, SENTENCES } from '../fit/postings';

const demandOf = (p: { title: string; description: string }) => classify(p).demand;
const kinds = Object.keys(SENTENCES) as Kind[];
const anySentence = fc.constantFrom(...kinds).chain((k) => fc.constantFrom(...SENTENCES[k]));

/** How far repeating one sentence may move any dimension, however often it repeats. */
const REPETITION_BOUND = 0.1;

describe('what a posting asks reads its phrases, not its length', () => {
  it('counts a repeated phrase at most half as much again as once', () => {
    expect(phraseUnits(1)).toBe(1);
    expect(phraseUnits(2)).toBe(1.25);
    expect(phraseUnits(1000)).toBeLessThanOrEqual(1.5);
  });

  it(`repeating a sentence moves no dimension more than ${REPETITION_BOUND}`, () => {
    fc.assert(
      fc.property(anyPosting, anySentence, fc.integer({ min: 2, max: 30 }), (base, sentence, n) => {
        const duties = base.description.split('\n');
        const once = demandOf({ ...base, description: [...duties, sentence].join('\n') });
        const often = demandOf({ ...base, description: [...duties, ...Array(n).fill(sentence)].join('\n') });
        for (const dim of DEMAND_DIMENSIONS) {
          expect(often[dim] === null, dim).toBe(once[dim] === null);
          expect(Math.abs((often[dim] ?? 0) - (once[dim] ?? 0)), dim).toBeLessThanOrEqual(REPETITION_BOUND);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('counts nothing of the company, the benefits, the legal text or how to apply', () => {
    fc.assert(
      fc.property(anyPosting, (p) => {
        const bare = p.description.split('\nAbout us')[0] ?? '';
        expect(demandOf(postingOf(p.title, bare.split('\n').slice(1), true))).toEqual(
          demandOf(postingOf(p.title, bare.split('\n').slice(1), false)),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('says "not stated" for a dimension no phrase speaks to, never a baseline number', () => {
    const d = demandOf(postingOf('Senior Software Engineer', [...SENTENCES.handsOn]));
    expect(d.craftDepth).toBeGreaterThan(0.6);
    expect([d.strategicScope, d.collaboration, d.autonomy, d.pressure]).toEqual([null, null, null, null]);
    expect(Object.values(demandOf(postingOf('Analyst', [], true)))).toEqual(DEMAND_DIMENSIONS.map(() => null));
  });

  it('an individual contributor role that names its stakeholders in every line is not all people and pressure', () => {
    const lines = [
      'Write production code in Go most days.',
      'Work closely with stakeholders on the design of each service.',
      'Review designs with stakeholders before they are built.',
      'Keep stakeholders informed as the work ships.',
      'This is an individual contributor role with no direct reports.',
    ];
    const once = demandOf(postingOf('Senior Software Engineer', lines));
    const thrice = demandOf(postingOf('Senior Software Engineer', [...lines, ...lines, ...lines]));
    expect(thrice.collaboration).toBeLessThan(0.9);
    expect(Math.abs((thrice.collaboration ?? 0) - (once.collaboration ?? 0))).toBeLessThanOrEqual(REPETITION_BOUND);
    expect(thrice.pressure).toBeNull();
    expect(thrice.peopleLeadership).toBeLessThan(0.2);
  });

  it('a side is shown by a phrase that shows it: much of a dimension, or little', () => {
    expect(demandOf(postingOf('Analyst', ['Take part in the on-call rotation.'])).pressure).toBeGreaterThan(0.5);
    expect(demandOf(postingOf('Analyst', ['Works under the general supervision of the Branch Chief.'])).autonomy).toBeLessThan(
      0.5,
    );
    expect(demandOf(postingOf('Engineering Manager', [...SENTENCES.lead])).craftDepth).toBeLessThan(0.5);
    expect(demandOf(postingOf('Engineering Manager', [...SENTENCES.lead, ...SENTENCES.notHandsOn])).craftDepth).toBeLessThan(0.2);
  });
});
