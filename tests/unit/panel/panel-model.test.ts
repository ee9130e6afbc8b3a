import { describe, expect, it } from 'vitest';
import { MAX_REASONS, reasonsOf, signalsOf, verdictOf } from '@/components/panel/panel-model';
import type { FitReason } from '@/lib/model/fit';

const reason = (sign: 1 | -1, points: number, about: FitReason['about'] = 'peopleLeadership'): FitReason => ({
  sign,
  about,
  text: `reason ${points}`,
  postingEvidence: '“will report to you” (People report to the role)',
  profileAnswer: 'you agreed: “I like coaching”',
  points,
});
const snippet = { before: 'Four engineers ', phrase: 'will report to you', after: '.', explanation: 'People report to the role' };
const classification = {
  roleType: 'leadership' as const,
  confidence: 0.9,
  reasons: (['evReports', 'evSupervisesStaff', 'evOwnsBudget', 'evHires'] as const).map((key) => ({
    say: { key, args: [] },
    reading: 'duty' as const,
  })),
};

describe('what the panel says', () => {
  it('gives one verdict sentence: the kind of role, and the fit in words once there is a profile', () => {
    expect(verdictOf({ classification, fit: null })).toBe('A leadership role, mostly leading people.');
    expect(verdictOf({ classification, fit: { score: 82, band: 'strong', reasons: [], profileCreatedAt: 1 } })).toBe(
      'A leadership role, mostly leading people, and a strong fit for what you want.',
    );
  });

  it('says the confidence in words, never as a number', () => {
    expect([0.95, 0.6, 0.2].map(signalsOf)).toEqual(['clear', 'some signs', 'unclear']);
  });

  it('before a profile: at most three of the classifier’s reasons, each with the phrases it read', () => {
    const reasons = reasonsOf({ classification, fit: null, snippets: [snippet] });
    expect(reasons.map((r) => r.text)).toEqual([
      'People report to the role',
      'Supervises staff',
      'Owns a budget, payroll or headcount',
    ]);
    expect(reasons[0]?.quotes).toEqual([snippet]);
    expect(reasons[1]?.quotes).toEqual([]);
    expect(reasons.every((r) => r.sign === 0 && r.answer === null)).toBe(true);
  });

  it('with a profile: at most three fit reasons, one against kept, the phrase found in context', () => {
    const fit = {
      score: 70,
      band: 'good' as const,
      reasons: [reason(1, 9), reason(1, 8, 'craftDepth'), reason(1, 7, 'autonomy'), reason(-1, -2, 'pressure')],
      profileCreatedAt: 1,
    };
    const reasons = reasonsOf({ classification, fit, snippets: [snippet] });
    expect(reasons).toHaveLength(MAX_REASONS);
    expect(reasons.map((r) => r.sign)).toEqual([1, 1, -1]);
    expect(reasons[0]?.quotes).toEqual([snippet]);
    expect(reasons[0]?.answer).toBe('you agreed: “I like coaching”');
  });
});
