import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { sayFound } from '@/lib/i18n/found';

/** What the panel reads out of a result: its reasons in words. */
const reasonsOf = (title: string, description: string) =>
  classify({ title, description }).reasons.map((r) => sayFound({ say: r.say, reading: r.reading }));

describe('a description that names nothing of the work', () => {
  it.each([
    ['Lead', ''],
    ['Engineer', '   '],
    ['Lead', 'Você vai gerir uma equipe de 5 engenheiros.'],
    ['Role', 'Apply now. Great benefits and a friendly office.'],
  ])('%j with %j: a guess from the title, shown as one, never a fact', (title, description) => {
    const c = classify({ title, description });
    expect(c.confidence).toBeLessThanOrEqual(0.2);
    expect(reasonsOf(title, description)).toEqual([
      'The description says little about the work itself, so this label is only a guess from the title',
    ]);
  });

  it('a description that does name the work is read as before', () => {
    const c = classify({
      title: 'Engineering Manager',
      description: 'You will manage a team of seven engineers and run their reviews.',
    });
    expect(c.confidence).toBeGreaterThan(0.2);
    expect(reasonsOf('Engineering Manager', 'You will manage a team of seven engineers and run their reviews.')).not.toContain(
      'The description says little about the work itself, so this label is only a guess from the title',
    );
  });
});
