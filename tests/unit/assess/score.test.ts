import { describe, expect, it } from 'vitest';
import { ITEMS } from '@/lib/assess/instrument';
import { dimensionScore, isCoreComplete, scoreAnswers } from '@/lib/assess/score';
import { type Answers, answersSchema, PROFILE_DIMENSIONS } from '@/lib/model/profile';

/** Answers as a person who agrees with everything that points one way. */
function answersFor(wants: Partial<Record<string, 1 | 2 | 3 | 4 | 5>>, fiveYear: Answers['fiveYear'] = 'unsure'): Answers {
  const items: Record<string, number> = {};
  for (const item of ITEMS) {
    const level = wants[item.dimension] ?? 3;
    items[item.id] = item.reverse ? 6 - level : level;
  }
  return answersSchema.parse({ items, fiveYear });
}

describe('scoring the assessment', () => {
  it('has at least three items per dimension, some reverse-keyed', () => {
    for (const dim of PROFILE_DIMENSIONS) {
      const items = ITEMS.filter((i) => i.dimension === dim);
      expect(items.length, dim).toBeGreaterThanOrEqual(3);
      expect(
        items.some((i) => i.reverse),
        dim,
      ).toBe(true);
    }
  });

  it('flips reverse-keyed items', () => {
    const agreeWithAll = answersSchema.parse({ items: { pl1: 5, pl4: 5, pl3: 5 } });
    // Strongly agreeing with "I would rather not be responsible for others" cancels part of the other two.
    expect(dimensionScore(agreeWithAll, 'peopleLeadership')).toBeCloseTo(((11 / 3 - 1) / 4) * 100, 6);
    const consistent = answersSchema.parse({ items: { pl1: 5, pl4: 5, pl3: 1 } });
    expect(dimensionScore(consistent, 'peopleLeadership')).toBe(100);
  });

  it('scores 0 to 100 and leaves unanswered dimensions at the middle', () => {
    const r = scoreAnswers(answersSchema.parse({ items: { cd1: 1, cd2: 1, cd3: 5 } }));
    expect(r.dimensions.craftDepth).toBe(0);
    expect(r.dimensions.autonomy).toBe(50);
    expect(r.completeness).toBeCloseTo(3 / ITEMS.length, 6);
  });

  it('suggests leadership, specialist or hybrid from the answers a person would give', () => {
    const leader = scoreAnswers(
      answersFor({ peopleLeadership: 5, strategicScope: 5, collaboration: 5, craftDepth: 2, autonomy: 2 }, 'leading'),
    );
    const specialist = scoreAnswers(
      answersFor({ peopleLeadership: 1, craftDepth: 5, autonomy: 5, collaboration: 2, strategicScope: 2 }, 'expert'),
    );
    const hybrid = scoreAnswers(answersFor({ peopleLeadership: 4, craftDepth: 5 }, 'both'));
    expect([leader.path, specialist.path, hybrid.path]).toEqual(['leadership', 'specialist', 'hybrid']);
    expect(leader.orientation).toBeGreaterThan(0.5);
    expect(specialist.orientation).toBeLessThan(-0.5);
    expect(hybrid.hybridAppetite).toBeGreaterThan(leader.hybridAppetite);
    expect(leader.pathConfidence).toBeGreaterThan(0.6);
  });

  it('needs every core item and the five-year answer to be complete', () => {
    expect(isCoreComplete(answersFor({}, null))).toBe(false);
    expect(isCoreComplete(answersFor({}, 'unsure'))).toBe(true);
  });
});
