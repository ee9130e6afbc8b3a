import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify/role-type';

const role = (description: string, title = 'Specialist') => classify({ title, description });
const signals = (description: string) => role(description).evidence.map((e) => [e.signal, e.text]);

describe('team sizes', () => {
  it.each([
    ['You will manage a team of 6 engineers and own hiring and performance reviews.', 6],
    ['Three direct reports: two analysts and a data engineer. You run their 1:1s and reviews.', 3],
    ['You will grow the team from 3 to 10, hiring and coaching each of them.', 10],
    ['Four engineers will report to you; you run hiring and performance reviews.', 4],
    ['You will supervise our four commis chefs, set their prep lists and run their appraisals.', 4],
    ['You will be responsible for a crew of five grounds operatives and run their reviews.', 5],
  ])('reads "%s" as leading %i people', (text, size) => {
    const c = role(text);
    expect(c.roleType).toBe('leadership');
    expect(c.evidence.some((e) => e.signal === 'team-size' && e.explanation.includes(String(size)))).toBe(true);
  });
});

describe('negation and scope', () => {
  it.each([
    'This role has no direct reports. You will design and build the billing service.',
    'This is an individual-contributor role: you will design and build the billing service.',
    'This is not a people-management position. You will design and build the billing service.',
    'You will lead the migration without formal authority over the teams involved.',
    'No one reports to this role; you will own the analysis end to end.',
  ])('reads "%s" as specialist', (text) => {
    const c = role(text, 'Senior Manager');
    expect(c.roleType).toBe('specialist');
    expect(c.evidence.some((e) => e.signal === 'no-authority')).toBe(true);
  });

  it('reads a denial that comes after the phrase', () => {
    const c = role(
      'Six engineering managers report to you; you own hiring and the budget. Hands-on coding is not expected.',
      'VP Engineering',
    );
    expect(c.roleType).toBe('leadership');
    expect(c.evidence.some((e) => e.signal === 'not-hands-on' && /coding/i.test(e.text))).toBe(true);
  });

  it('does not let a negation reach past its clause', () => {
    const c = role('You will not write production code, and you will manage a team of 8 engineers with hiring and reviews.');
    expect(c.roleType).toBe('leadership');
  });
});

describe('joining a team is not leading it', () => {
  it('reads "join a team of 6 engineers" as specialist, and "a team of 75 nurses and carers" you run as leadership', () => {
    expect(
      role("You'll join a team of 6 engineers building our billing platform, and write and ship code every day.").roleType,
    ).toBe('specialist');
    expect(
      role(
        'As the registered manager you will lead a home of 60 beds and a team of 75 nurses and carers, with recruitment, supervision and the budget.',
        'Registered Manager',
      ).roleType,
    ).toBe('leadership');
  });
});

describe('hedges', () => {
  it('counts "may mentor" and "opportunity to lead in future" as possibilities, not duties', () => {
    const c = role(
      'You may mentor interns. There is an opportunity to lead a team of 4 in future. You build the models yourself.',
    );
    expect(c.roleType).toBe('specialist');
    expect(c.evidence.find((e) => e.signal === 'team-size')?.explanation).toContain('possibility');
  });
});

describe('hands-on work alongside leading', () => {
  it.each([
    ['You will manage a team of 4 engineers (hiring, 1:1s, reviews) and spend 60% hands-on writing code.'],
    ['Line manage three physiotherapists, including appraisals, while carrying your own caseload.'],
    ['As a player-coach you carry your own quota while managing four territory reps, their hiring and reviews.'],
    ['Supervise the shift staff and their evaluations while carrying a patient assignment on most shifts.'],
  ])('reads "%s" as hybrid', (text) => {
    expect(role(text).roleType).toBe('hybrid');
  });

  it('reads a stated absence of hands-on work as leadership', () => {
    const c = role('Eight engineers report to you. You hire, run 1:1s and reviews. You will not write production code.');
    expect(c.roleType).toBe('leadership');
    expect(c.evidence.some((e) => e.signal === 'not-hands-on')).toBe(true);
  });
});

describe('boilerplate', () => {
  it('ignores the About-us section, benefits and the equal-opportunity statement', () => {
    const text = [
      'About Acme',
      'Acme is led by an award-winning leadership team who manage a team of 4,000 people.',
      'The role',
      'You will analyse pricing data and build models yourself as an individual contributor.',
      'Benefits',
      'Health insurance, 401(k), and managers who support your growth and performance reviews twice a year.',
      'Acme is an equal opportunity employer and does not discriminate on the basis of race.',
    ].join('\n');
    const c = role(text, 'Analyst');
    expect(c.roleType).toBe('specialist');
    expect(signals(text).some(([, t]) => /4,000|performance reviews/.test(t ?? ''))).toBe(false);
  });
});

describe('titles are a weak prior', () => {
  it('an Account Manager with no reports is a specialist', () => {
    expect(
      role('You manage a portfolio of 40 accounts against your own revenue target. No direct reports.', 'Account Manager')
        .roleType,
    ).toBe('specialist');
  });
  it('a Senior Analyst managing five analysts leads', () => {
    const c = role(
      'Five financial analysts report to you; you hire them, set their priorities and run their reviews.',
      'Senior Analyst',
    );
    expect(c.roleType).toBe('leadership');
  });
});

describe('other languages', () => {
  it('reads German people responsibility and its absence', () => {
    expect(
      role('Sie übernehmen die disziplinarische Führung eines Teams von 8 Mitarbeitenden und führen Mitarbeitergespräche.')
        .roleType,
    ).toBe('leadership');
    expect(
      role('Die Position hat keine Personalverantwortung. Sie entwickeln die Software selbst und mit dem Team.', 'Teamleiter')
        .roleType,
    ).toBe('specialist');
  });
  it('reads French and Spanish team leadership', () => {
    expect(role('Vous encadrez une équipe de 12 personnes et conduisez le recrutement et les entretiens annuels.').roleType).toBe(
      'leadership',
    );
    expect(role('Liderarás un equipo de 7 personas, con personas a cargo, y la evaluación del desempeño.').roleType).toBe(
      'leadership',
    );
  });
});

describe('the output', () => {
  it('has scores summing to 1, evidence with offsets into the description, and plain reasons', () => {
    const description = 'You will manage a team of 6 engineers and own hiring. You will not write code.';
    const c = role(description);
    expect(c.scores.leadership + c.scores.specialist + c.scores.hybrid).toBeCloseTo(1, 6);
    for (const e of c.evidence.filter((x) => x.field === 'description')) {
      expect(description.slice(e.start, e.end)).toBe(e.text);
    }
    expect(c.reasons[0]).toMatch(/6/);
    expect(c.orientation).toBeGreaterThan(0.5);
  });

  it('is deterministic', () => {
    const d = 'Lead a small team of 3 while staying hands-on in the code.';
    expect(role(d)).toEqual(role(d));
  });

  it('explains each phrase in words from _locales, counts and quotes filled in', () => {
    const c = role(
      'You will have five direct reports. This role has no hands-on coding. Prior experience managing 10 engineers is required.',
      'Engineering Manager',
    );
    const explanations = c.evidence.map((e) => e.explanation);
    expect(explanations).toContain('Has 5 direct reports');
    expect(explanations.some((e) => /^Rules out: “.+”$/.test(e))).toBe(true);
    // No message key reaches the user: every explanation is a sentence.
    for (const e of explanations) expect(e).toMatch(/\s/);
  });

  it('reads taking charge of a kitchen, ward or shift as leading its people, not of a project', () => {
    const kitchen = role('You will take charge of the kitchen on the head chef’s days off.').evidence;
    expect(kitchen.some((e) => e.signal === 'authority' && e.text === 'take charge of the kitchen')).toBe(true);
    const project = role('You will take charge of the project from kick-off to handover.').evidence;
    expect(project.some((e) => e.signal === 'authority')).toBe(false);
  });

  it('reads staying an individual contributor while leading as hands-on, not as a role without reports', () => {
    const signals = role('Three engineers report to you, while remaining a strong individual contributor.').evidence.map(
      (e) => e.signal,
    );
    expect(signals).toContain('hands-on');
    expect(signals).not.toContain('no-authority');
  });

  it.each([
    ['You will brew on our 20-barrel kit several days a week.', true],
    ['You will work three shifts a week on the ward.', true],
    ['You will be in the office three days a week.', false],
    ['Hybrid working: two days a week from home.', false],
    ['We work on-site three days a week, remotely the rest.', false],
  ])('reads "%s" as doing the work by the week: %s', (text, handsOn) => {
    const evidence = role(text, 'Coordinator').evidence.filter((e) => e.field === 'description');
    expect(evidence.some((e) => e.signal === 'hands-on')).toBe(handsOn);
  });
});
