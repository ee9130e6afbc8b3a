import fc from 'fast-check';

/**
 * Postings composed from sentences of the kinds the classifier reads
 * (written for these tests, not taken from real postings), so property
 * tests can run the whole way: text, classification, demand, fit.
 */
export const SENTENCES = {
  lead: [
    'Lead a team of eight engineers.',
    'Hire new engineers for your team.',
    'Run one-to-ones and annual performance reviews for your team.',
    'Five analysts will report to you.',
    'Manage a team of twelve nurses across two wards.',
    'Develop the careers of the people on your team.',
  ],
  notHandsOn: [
    'You will not be writing production code.',
    'This is a hands-off leadership role.',
    'Your job is to make the team great.',
  ],
  handsOn: [
    'Write production code in Go most days.',
    'Design and build data pipelines in Spark.',
    'You will still write code most weeks.',
    'Treat patients across the outpatient clinic.',
  ],
  ic: ['This is an individual contributor role with no direct reports.', 'There is no line management in this role.'],
  strategy: ['Set the strategy and roadmap for the platform.', 'Present to the board of trustees each quarter.'],
  collaboration: ['Partner with product and design on every release.', 'Work closely with stakeholders across the business.'],
  autonomy: ['Work independently with minimal supervision.', 'Time for deep focus on hard problems.'],
  pressure: ['Take part in the on-call rotation.', 'Work weekends and evenings during peak season.'],
  supervised: ['Works under the general supervision of the Branch Chief.'],
} as const;
export type Kind = keyof typeof SENTENCES;

/** What a posting says about the employer, pay and process: it must not move what the role asks. */
export const BOILERPLATE = [
  'About us',
  'We are a fast-paced company. We partner with stakeholders and customers in forty countries, and we work closely with our communities.',
  'Benefits',
  'Flexible hours, on-call allowance where it applies, travel budget, and time to work independently on learning.',
  'Equal opportunity',
  'We are an equal opportunity employer. Our teams collaborate across the business and set strategy together.',
].join('\n');

export const TITLES = [
  'Engineering Manager',
  'Senior Software Engineer',
  'Head of Data',
  'Team Lead',
  'Analyst',
  'Nurse Manager',
];

export function postingOf(title: string, duties: readonly string[], boilerplate = false): { title: string; description: string } {
  const parts = ['Responsibilities', ...duties];
  if (boilerplate) parts.push('', BOILERPLATE);
  return { title, description: parts.join('\n') };
}

const sentence = (kind: Kind) => fc.constantFrom(...SENTENCES[kind]);

/** Any posting: a title and a few duties of any kinds. */
export const anyPosting = fc
  .record({
    title: fc.constantFrom(...TITLES),
    duties: fc.array(fc.constantFrom(...(Object.keys(SENTENCES) as Kind[])).chain(sentence), { minLength: 0, maxLength: 8 }),
    boilerplate: fc.boolean(),
  })
  .map(({ title, duties, boilerplate }) => postingOf(title, duties, boilerplate));

/** A pure management posting: leading duties and none of one's own work, perhaps saying so outright. */
export const managementPosting = fc
  .record({
    title: fc.constantFrom('Engineering Manager', 'Head of Data', 'Director of Nursing', 'Operations Manager'),
    lead: fc.subarray([...SENTENCES.lead], { minLength: 3 }),
    says: fc.option(sentence('notHandsOn'), { nil: undefined }),
    extra: fc.subarray([...SENTENCES.strategy, ...SENTENCES.collaboration, ...SENTENCES.pressure]),
    boilerplate: fc.boolean(),
  })
  .map(({ title, lead, says, extra, boilerplate }) =>
    postingOf(title, [...lead, ...(says ? [says] : []), ...extra], boilerplate),
  );
