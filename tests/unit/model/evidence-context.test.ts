import { describe, expect, it } from 'vitest';
import { contextAround } from '@/lib/model/evidence-context';

describe('the words around a quoted phrase', () => {
  const text =
    'You will hire, coach and run the performance reviews for your team. You will not be writing production code at all, not on call, not in reviews, and not in any of the sprints.';
  const start = text.indexOf('writing production code');
  const end = start + 'writing production code'.length;

  it('starts and ends at whole words, with an ellipsis where the text goes on', () => {
    const { before, after } = contextAround(text, start, end);
    expect(before.startsWith('…')).toBe(true);
    // The 50 characters before the phrase begin inside "performance": the context starts at the next word.
    expect(before).toBe('…reviews for your team. You will not be ');
    expect(after).toBe(' at all, not on call, not in reviews, and not in…');
  });

  it('keeps the start and end of a short description whole, without an ellipsis', () => {
    expect(contextAround('Lead a team of six.', 0, 4)).toEqual({ before: '', after: ' a team of six.' });
  });

  it('still gives context when the words around it have no space to cut at', () => {
    const long = `${'x'.repeat(80)}PHRASE${'y'.repeat(80)}`;
    const { before, after } = contextAround(long, 80, 86);
    expect(before).toBe(`…${'x'.repeat(50)}`);
    expect(after).toBe(`${'y'.repeat(50)}…`);
  });
});
