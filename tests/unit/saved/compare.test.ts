import { describe, expect, it } from 'vitest';
import type { Fit } from '@/lib/model/fit';
import type { PostingRecord } from '@/lib/model/saved-posting';
import { bestMatch, gapOf } from '@/lib/saved/compare';

const fitOf = (score: number, reasons: Array<[1 | -1, number, string]> = []): Fit => ({
  score,
  band: score >= 75 ? 'strong' : score >= 60 ? 'good' : score >= 45 ? 'mixed' : 'poor',
  reasons: reasons.map(([sign, points, text]) => ({
    sign,
    points,
    claim: { key: text, args: [] },
    about: 'roleType',
    basis: null,
    quote: null,
    answer: null,
  })),
  profileCreatedAt: 1,
});
const record = (id: string, f: Fit | null) => ({ id, fit: f }) as unknown as PostingRecord;

describe('comparing postings', () => {
  it('names the best fit and the reason that speaks most for it', () => {
    const best = bestMatch([
      record('a', fitOf(52)),
      record(
        'b',
        fitOf(81, [
          [1, 4, 'small'],
          [-1, -9, 'against'],
          [1, 12, 'biggest'],
        ]),
      ),
      record('c', fitOf(70)),
    ]);
    expect(best?.record.id).toBe('b');
    expect(best?.reason?.claim.key).toBe('biggest');
    expect(best?.lead).toBe(11);
  });

  it('says a tie as a lead of 0, keeping the first chosen', () => {
    expect(bestMatch([record('a', fitOf(60)), record('b', fitOf(60))])).toMatchObject({ record: { id: 'a' }, lead: 0 });
  });

  it('names none without a profile, or with fewer than two fits to weigh', () => {
    expect(bestMatch([record('a', null), record('b', null)])).toBeUndefined();
    expect(bestMatch([record('a', fitOf(70)), record('b', null)])).toBeUndefined();
  });

  it('colours a gap by how far the role is from the preference, either way', () => {
    expect([gapOf(50, 50), gapOf(65, 50), gapOf(66, 50), gapOf(15, 50), gapOf(14, 50), gapOf(100, 0)]).toEqual([
      'close',
      'close',
      'some',
      'some',
      'far',
      'far',
    ]);
  });
});
