import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';
import { MAX_QUESTIONS, questionsFor } from '@/lib/fit/questions';
import { PROFILE_DIMENSIONS, type ProfileResult } from '@/lib/model/profile';
import { anyPosting, postingOf } from './postings';

const keysOf = (title: string, duties: string[], profile?: ProfileResult) =>
  questionsFor(classify(postingOf(title, duties)), profile).map((q) => q.key);

const profileWith = (dims: Partial<Record<(typeof PROFILE_DIMENSIONS)[number], number>>): ProfileResult => ({
  dimensions: Object.fromEntries(PROFILE_DIMENSIONS.map((d) => [d, dims[d] ?? 50])) as ProfileResult['dimensions'],
  orientation: 0,
  hybridAppetite: 0,
  path: 'hybrid',
  pathConfidence: 0.5,
  completeness: 1,
});

describe('questions to ask the employer', () => {
  it('asks how many report to a role that leads a team of no stated size', () => {
    expect(keysOf('Engineering Manager', ['Run one-to-ones and annual performance reviews for your team.'])[0]).toBe(
      'askTeamSize',
    );
    expect(keysOf('Engineering Manager', ['Lead a team of eight engineers.'])).not.toContain('askTeamSize');
  });

  it('asks what "lead" means when the title says it and the posting names no one to lead', () => {
    expect(keysOf('Team Lead', ['Lead cross-functional projects from discovery to launch.'])[0]).toBe('askLeadMeaning');
  });

  it('asks whether anyone reports, and how much is hands-on, when the posting says neither', () => {
    expect(keysOf('Analyst', ['Work closely with stakeholders across the business.'])).toEqual([
      'askWhoReports',
      'askHandsOn',
      'askHours',
    ]);
  });

  it('asks how the week splits when a role both leads and does the work and gives no share', () => {
    expect(keysOf('Team Lead', ['Lead a team of eight engineers.', 'You will still write code every day.'])).toContain(
      'askTimeSplit',
    );
  });

  it('puts what the user cares most about after leading and hands-on work', () => {
    const duties = ['Lead a team of eight engineers.', 'You will not be writing production code.'];
    expect(keysOf('Engineering Manager', duties, profileWith({ pressure: 5 }))[0]).toBe('askHours');
    expect(keysOf('Engineering Manager', duties, profileWith({ autonomy: 95 }))[0]).toBe('askAutonomy');
  });

  it('asks nothing a posting already answers, and never more than three', () => {
    const all = [
      'Lead a team of eight engineers.',
      'You will not be writing production code.',
      'Set the strategy and roadmap for the platform.',
      'Partner with product and design on every release.',
      'Work independently with minimal supervision.',
      'Take part in the on-call rotation.',
    ];
    expect(keysOf('Engineering Manager', all)).toEqual([]);
    fc.assert(
      fc.property(anyPosting, (p) => {
        expect(questionsFor(classify(p)).length).toBeLessThanOrEqual(MAX_QUESTIONS);
      }),
      { numRuns: 60 },
    );
  });
});
