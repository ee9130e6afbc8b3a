import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachingFor } from '@/lib/assess/coaching';
import { ITEMS } from '@/lib/assess/instrument';
import { answerPatterns } from '@/lib/assess/patterns';
import { scoreAnswers } from '@/lib/assess/score';
import { type Answers, answersSchema, FIVE_YEAR_CHOICES, type ProfileSnapshot } from '@/lib/model/profile';

const snapshotOf = (answers: Answers, createdAt = Date.UTC(2026, 9, 1)): ProfileSnapshot => ({
  createdAt,
  instrumentVersion: 2,
  answers,
  result: scoreAnswers(answers),
});
const everything = (v: number, fiveYear: Answers['fiveYear'] = 'unsure') =>
  answersSchema.parse({ items: Object.fromEntries(ITEMS.map((i) => [i.id, v])), fiveYear });
/** A person who answers the way they lean on every dimension, reverse-keyed statements the other way. */
const consistent = (levels: Partial<Record<string, number>>, fiveYear: Answers['fiveYear'] = 'unsure') =>
  answersSchema.parse({
    items: Object.fromEntries(ITEMS.map((i) => [i.id, i.reverse ? 6 - (levels[i.dimension] ?? 3) : (levels[i.dimension] ?? 3)])),
    fiveYear,
  });

describe('an honest result', () => {
  it('gives no direction for the same answer everywhere, whichever it is and whatever the five-year choice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.constantFrom(...FIVE_YEAR_CHOICES), (v, fiveYear) => {
        const c = coachingFor(snapshotOf(everything(v, fiveYear)));
        expect(c.clear).toBe(false);
        expect(c.strength).toBe('How clear your answers are: not clear yet');
        expect(c.summary).toMatch(/do not point one way yet/);
        expect(c.help.length).toBeGreaterThanOrEqual(2);
        expect(c.weigh).toEqual([]);
        expect(c.tensions).toEqual([]);
        expect(c.nextSteps[0]).toMatch(/^Try a little of each/);
      }),
    );
  });

  it('names all-agreeing answers and quotes statements agreed with their opposites', () => {
    const p = answerPatterns(everything(5));
    expect(p.patterns).toEqual(expect.arrayContaining(['flat', 'agreeing']));
    const c = coachingFor(snapshotOf(everything(5)));
    expect(c.help.join(' ')).toMatch(/agreed with most statements/);
    expect(c.clashes[0]).toEqual({
      first: 'You agreed: “I get real satisfaction from seeing someone I coached succeed.”',
      second: "You agreed: “I would rather not be responsible for other people's performance.”",
    });
  });

  it('finds reverse-keyed pairs that disagree in otherwise varied answers', () => {
    // A person who leans one way on every dimension, but agrees with each reverse-keyed statement as well.
    const levels = {
      peopleLeadership: 5,
      craftDepth: 2,
      strategicScope: 4,
      collaboration: 5,
      autonomy: 2,
      pressure: 4,
      securityMobility: 2,
      learning: 5,
    };
    const answers = consistent(levels);
    for (const item of ITEMS.filter((i) => i.reverse))
      answers.items[item.id] = (levels[item.dimension as keyof typeof levels] ?? 3) >= 4 ? 4 : 2;
    const p = answerPatterns(answers);
    expect(p.patterns).toEqual(['contradictory']);
    expect(p.clashes.length).toBeGreaterThanOrEqual(3);
    expect(coachingFor(snapshotOf(answers)).clear).toBe(false);
  });

  it('reflects a clear direction, its strength in words, for consistent answers', () => {
    const leader = coachingFor(
      snapshotOf(
        consistent(
          {
            peopleLeadership: 5,
            strategicScope: 5,
            collaboration: 4,
            craftDepth: 2,
            autonomy: 2,
            pressure: 4,
            securityMobility: 3,
            learning: 4,
          },
          'leading',
        ),
      ),
    );
    expect(leader.clear).toBe(true);
    expect(leader.strength).toBe('How clear your answers are: clear');
    expect(leader.summary).toMatch(/^Your answers point towards leading people\. .*you decide\.$/);
    expect(
      answerPatterns(consistent({ peopleLeadership: 2, craftDepth: 5, autonomy: 4, learning: 5, collaboration: 2 })).patterns,
    ).toEqual([]);
  });

  it('keeps no confidence in a path for patterned answers', () => {
    expect(scoreAnswers(everything(3)).pathConfidence).toBeLessThan(0.2);
    expect(scoreAnswers(everything(5)).pathConfidence).toBeLessThan(0.2);
  });
});

describe('a result that reflects the person', () => {
  const specialist = () => {
    const a = consistent(
      {
        peopleLeadership: 4,
        craftDepth: 5,
        autonomy: 5,
        learning: 5,
        collaboration: 2,
        pressure: 2,
        strategicScope: 3,
        securityMobility: 4,
      },
      'leading',
    );
    a.fiveYearNote = 'Leading the analytics team I am in now.';
    a.reflections = { q1: 'The week I rebuilt the forecast alone.', q2: 'Through my own work, mostly.', q3: '' };
    a.readiness = { r1: true, r3: true };
    return a;
  };

  it('quotes the five-year note and the reflections beside what they speak to', () => {
    const c = coachingFor(snapshotOf(specialist()));
    expect(c.fiveYearWords).toBe('Leading the analytics team I am in now.');
    expect(c.ownWords).toEqual(['The week I rebuilt the forecast alone.']);
    expect(c.dimensions.find((d) => d.id === 'peopleLeadership')?.ownWords).toEqual(['Through my own work, mostly.']);
    expect(c.dimensions.find((d) => d.id === 'craftDepth')?.ownWords).toEqual([]);
  });

  it('names the tensions in the answers: leading but protecting evenings, mastery but a bigger title', () => {
    const c = coachingFor(snapshotOf(specialist()));
    expect(c.tensions.length).toBeLessThanOrEqual(3);
    expect(c.tensions.join('\n')).toMatch(/protect your evenings/);
    expect(c.tensions.join('\n')).toMatch(/mastery of your field, and you see yourself leading/);
  });

  it('gives at most three next steps, from the answers and the unticked readiness items that matter for the path', () => {
    const s = snapshotOf(specialist());
    const c = coachingFor(s);
    expect(c.nextSteps.length).toBeLessThanOrEqual(3);
    // Ticked items are never suggested again.
    expect(c.nextSteps.join('\n')).not.toMatch(/three values, three strengths/);
    const spec = coachingFor(snapshotOf(consistent({ peopleLeadership: 1, craftDepth: 5, learning: 5, autonomy: 4 }, 'expert')));
    expect(spec.nextSteps).toHaveLength(3);
    expect(spec.nextSteps.join('\n')).toMatch(/expert track/);
    expect(spec.nextSteps.join('\n')).not.toMatch(/Ask a manager you respect/);
  });

  it('chooses the myths by what the answers show', () => {
    const noLead = coachingFor(snapshotOf(consistent({ peopleLeadership: 1, craftDepth: 5 }, 'expert')));
    expect(noLead.myths.join('\n')).toMatch(/Not wanting to lead is not a lack of talent/);
    const quietLeader = coachingFor(snapshotOf(consistent({ peopleLeadership: 5, collaboration: 1, craftDepth: 2 }, 'leading')));
    expect(quietLeader.myths.join('\n')).toMatch(/introverts/);
    expect(quietLeader.myths.join('\n')).not.toMatch(/Not wanting to lead/);
    expect(noLead.myths.length + quietLeader.myths.length).toBeLessThanOrEqual(4);
  });

  it('says how the answers moved since the last assessment', () => {
    const rest = { strategicScope: 4, collaboration: 2, autonomy: 4, pressure: 2, securityMobility: 4, learning: 5 };
    const march = snapshotOf(consistent({ ...rest, peopleLeadership: 4, craftDepth: 3 }, 'unsure'), Date.UTC(2026, 2, 10));
    const now = snapshotOf(consistent({ ...rest, peopleLeadership: 2, craftDepth: 5 }, 'expert'), Date.UTC(2026, 9, 1));
    expect(coachingFor(now, march).change).toBe(
      'You moved towards the specialist track since March. Leading people went from 75 to 25.',
    );
    expect(coachingFor(now, now).change).toBe('Your direction has held steady since October.');
    expect(coachingFor(now).change).toBeNull();
    const flat = snapshotOf(everything(3), Date.UTC(2026, 11, 1));
    expect(coachingFor(flat, now).change).toBe(
      'In October your answers pointed towards going deeper as a specialist; this time they point no clear way.',
    );
    expect(coachingFor(now, { ...flat, createdAt: Date.UTC(2026, 2, 1) }).change).toBe(
      'In March your answers showed no clear direction; this time they do.',
    );
  });
});
