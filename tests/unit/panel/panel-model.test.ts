import { describe, expect, it } from 'vitest';
import { reasonsOf, signalsOf, verdictOf } from '@/components/panel/panel-model';
import type { FitReason } from '@/lib/model/fit';

const reason = (sign: 1 | -1, points: number, about: FitReason['about'] = 'peopleLeadership'): FitReason => ({
  sign,
  about,
  claim: { key: 'fitClaimPeopleLeadershipHighWants', args: [] },
  basis: null,
  quote: { text: 'will report to you', say: { key: 'evReports', args: [] }, reading: 'duty' },
  answer: { key: 'fitYouAgreed', args: [{ key: 'itemPl1' }] },
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

  it('with a profile: the fit’s reasons said from their keys, the phrase found in context, else quoted with what was read', () => {
    const fit = {
      score: 70,
      band: 'good' as const,
      reasons: [
        reason(1, 9),
        {
          ...reason(-1, -2, 'craftDepth'),
          claim: { key: 'fitClaimCraftDepthMostlyLowWants', args: [] },
          basis: { key: 'fitBasisMostlyLeading', args: [] },
          quote: { text: 'hire the team', say: { key: 'evHires', args: [] }, reading: 'duty' as const },
        },
      ],
      profileCreatedAt: 1,
    };
    const reasons = reasonsOf({ classification, fit, snippets: [snippet] });
    expect(reasons.map((r) => [r.sign, r.text])).toEqual([
      [1, 'You would lead people, as you want to.'],
      [-1, 'You would give up most of the hands-on work you enjoy.'],
    ]);
    expect(reasons[0]?.quotes).toEqual([snippet]);
    expect(reasons[0]?.answer).toBe('You agreed: “I get real satisfaction from seeing someone I coached succeed.”');
    expect(reasons[1]?.quotes).toEqual(['“hire the team” (Hires for the team)']);
    expect(reasons[1]?.basis).toMatch(/^Most of its duties are leading people/);
  });
});
