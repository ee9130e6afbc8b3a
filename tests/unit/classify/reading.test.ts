import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/classify/analyze';
import { reasonsFrom } from '@/lib/classify/explain';
import { readingOf } from '@/lib/classify/features';
import { clausesOf } from '@/lib/classify/segment/clauses';

/** What the classifier reads in one sentence of a posting: each signal it finds with its clause's reading. */
function readings(description: string, title = 'Store Manager'): string[] {
  return analyze(title, description)
    .findings.filter((f) => !['strategy', 'collaboration', 'autonomy', 'pressure', 'expertise', 'task'].includes(f.signal))
    .map((f) => `${f.signal}:${readingOf(f)}`);
}

describe('how a clause reads what it names', () => {
  it.each([
    ['Not only will you manage a team of 8, you will also own the budget.', 'team:duty'],
    ['No two days are the same as you manage the store team.', 'team:duty'],
    ['There is no shortage of challenges leading a team of 10.', 'team:duty'],
    ['You have six direct reports.', 'reports:duty'],
  ])('phrases that look negative and are not: %j', (s, expected) => {
    expect(readings(s)).toContain(expected);
    expect(readings(s).filter((r) => r.endsWith(':negated'))).toEqual([]);
  });

  it.each([
    ['Direct reports: none.', 'reports:negated'],
    ['This role has no direct reports.', 'reports:negated'],
    ['You will not be writing production code.', 'craft:negated'],
    ['People management is not part of this role.', 'people-role:negated'],
    ['Sie schreiben keinen Produktivcode.', 'craft:negated'],
    ['Vous ne coderez pas en production.', 'craft:negated'],
    ['En este puesto no escribirás código de producción para el equipo.', 'craft:negated'],
  ])('denials, before or after the phrase, in four languages: %j', (s, expected) => {
    expect(readings(s)).toContain(expected);
  });

  it('gives a duty to whoever holds it: someone else, or the role named by its title or acronym', () => {
    expect(readings('You will work under the design manager, who runs the team of 6 designers.', 'Senior Designer')).toContain(
      'team:other',
    );
    expect(readings('People management stays with our Engineering Manager.', 'Senior Engineer')).toContain('other-lead:duty');
    expect(readings('Four managers report to the CFO.', 'Chief Financial Officer')).toContain('reports:duty');
    expect(readings('Three Associate Registrars report to the Registrar.', 'Registrar')).toContain('reports:duty');
    expect(readings('Three analysts report to the Director of Finance.', 'Senior Analyst')).toContain('reports:other');
  });

  it('reads requirements and possibilities as such, not as duties', () => {
    expect(readings('3+ years of supervisory experience managing staff.')).toContain('staff:requirement');
    expect(readings('Assist management in hiring and training new staff.')).toEqual(expect.arrayContaining(['hiring:hedge']));
    expect(readings('May supervise student workers as needed.', 'Lab Technician')).toContain('trainees:hedge');
  });

  it('reads a fact of the post as the post, wherever the board prints it', () => {
    // USAJOBS' basic information sits under a heading of eligibility, which makes the rest of it the candidate's.
    const usajobs =
      '## Basic information\n\nOpen to U.S. citizens. Subject to background check.\n\n**Supervisory status:** Supervisory\n\n**Number of vacancies:** 1';
    expect(readings(usajobs, 'Assistant Commissioner')).toContain('people-role:duty');
    expect(readings('## Qualifications\n\n3+ years of supervisory experience managing staff.')).toContain('staff:requirement');
  });

  it('finds hands-on work said in the craft’s own words', () => {
    expect(readings('Cook the grill station every service.', 'Chef de Cuisine')).toContain('craft:duty');
    expect(readings('Most of the week on the bench verifying prescriptions.', 'Pharmacy Manager')).toContain('craft:duty');
    expect(readings('You carry your own $3M quota while managing four reps.', 'Sales Lead')).toContain('hands-on:duty');
    expect(readings('You will teach four of six periods a day.', 'Head of Department')).toContain('time-split:duty');
    expect(readings('Operate the survey instruments and GPS.', 'Party Chief')).toContain('craft:duty');
  });

  it('takes "About this job" and "About the team" as the role, "About Acme" as the company', () => {
    const sections = clausesOf(
      'About this job\nYou will lead the team.\nAbout the team\nYou manage six.\nAbout Acme\nAcme makes tea.',
    ).map((c) => c.section);
    expect(sections).toEqual(['duties', 'duties', 'company']);
  });
});

describe('the reasons for a label', () => {
  it('quote each phrase once: one phrase read as a team, staff and oversight is one reason, not the verb read as oversight', () => {
    const one = reasonsFrom(analyze('Engineering Manager', 'You will manage a team of 5 engineers.'), 'leadership');
    expect(one.map((r) => r.say.key)).toHaveLength(1);
    expect(one[0]?.say.key).not.toBe('evOversight');
    const two = reasonsFrom(
      analyze('Engineering Manager', 'You will manage a team of 5 engineers. You will own the budget for the team.'),
      'leadership',
    );
    expect(two.map((r) => r.say.key).sort()).toEqual(['evOwnsBudget', one[0]?.say.key].sort());
  });
});
