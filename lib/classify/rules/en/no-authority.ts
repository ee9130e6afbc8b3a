import { COUNT } from '../../numbers';
import type { RuleInput } from '../types';
import { FEW_WORDS, PEOPLE, TEAM, TRAINEES } from './people';

/**
 * What argues against authority over people: the posting saying so, someone
 * else leading the team, supervision that is part of a clinician's or a
 * teacher's craft, numbers an analyst produces, influence through expertise.
 */
export const NO_AUTHORITY: RuleInput[] = [
  {
    id: 'en.ic.individual-contributor',
    signal: 'ic',
    denies: true,
    re: String.raw`\bindividual[- ]contributor\b|\b(?:an |the |this is an? )?ic (?:role|position|track|level)\b|\b(?:expert|specialist|technical|ic|non-management|non-managerial) (?:track|career path|ladder)\b|\bnon[- ](?:supervisory|managerial|management) (?:role|position)\b|\bno (?:line|people|staff|personnel|formal|direct|team) (?:management|leadership|supervision|responsibilit(?:y|ies)|reports)\b|\bno (?:supervisory|managerial|management) (?:responsibilit(?:y|ies)|duties|role)\b|\bwithout (?:direct |line |formal )?reports\b|\bsupervisory responsibilities\s*:\s*(?:none|no|n\/a)\b|\bsupervisory status\W{0,6}(?:non-supervisory|no|none|n\/a)\b|\bsupervises\s*:\s*(?:none|no one|n\/a)\b`,
    explain: 'evIndividualContributor',
    examples: [
      'This is an individual contributor role on the expert track.',
      'There is no line management in this role.',
      'Supervisory responsibilities: None.',
      '**Supervisory status:** Non-Supervisory',
      'A non-supervisory position.',
    ],
    nearMisses: ['Individual coaching for every contributor.', 'No experience needed.'],
  },
  {
    id: 'en.other-lead.someone-else',
    signal: 'other-lead',
    re: String.raw`\b(?:people|line|staff) management (?:stays|sits|rests|lies|remains|is handled|will stay|will remain)\s+with\b|\b(?:${TEAM}|${PEOPLE}) (?:is |are )?(?:led|managed|supervised|run|headed|overseen|directed) by (?<target>(?:the|our|a|an|your)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4}|[a-z]{2,5}\b)|\b(?:work|works|working) (?:under|for) (?:the (?:direction|supervision|guidance|leadership) of )?(?<target2>(?:the|our|a|your)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4})|\bunder (?:the )?(?:direct |general |close |day-to-day )?(?:supervision|direction|guidance|leadership) of\b|\b(?:supervised|managed|line[- ]managed|led) by (?:the|a|an|our|your)\b|\breceives? (?:direct |general |close )?(?:supervision|direction)\b`,
    explain: 'evSomeoneElseLeads',
    ifTargetIsRole: 'team',
    examples: [
      'People management stays with our Engineering Manager.',
      'The team is led by the Head of Data.',
      'Works under the general supervision of the Branch Chief.',
      'You will be line-managed by the Practice Lead.',
    ],
    nearMisses: ['You will lead the team.', 'Stay close to the team.'],
  },
  {
    id: 'en.trainees.supervise-students',
    signal: 'trainees',
    re: String.raw`\b(?:supervis(?:e|es|ing|ion of)|precept(?:s|ing|or(?:ship)? (?:for|to|of))?|mentor(?:s|ing)?|teach(?:es|ing)?|train(?:s|ing)?|guid(?:e|es|ing)|support(?:s|ing)?|oversee(?:s|ing)?|assess(?:es|ing)?|coach(?:es|ing)?|educat(?:e|es|ing)|clinical(?:ly)? supervis\w*)\s+(?:of\s+)?(?:and (?:\w+)\s+)?(?:the\s+|our\s+|visiting\s+|junior\s+)?${FEW_WORDS}(?:${TRAINEES})\b|\bclinical (?:supervision|supervisor|educator|placements?)\b|\b(?:student|trainee|resident) (?:placements?|supervision)\b|\bpreceptor\b|\bpractice educator\b|\bfield instructor\b`,
    explain: 'evTrainees',
    examples: [
      'Supervise nursing students on placement.',
      'Precept new graduate nurses and students.',
      'Provide clinical supervision to trainees.',
      'Guide student workers as appropriate.',
    ],
    nearMisses: ['Supervise nursing staff on the unit.', 'Students will love our campus.'],
  },
  {
    id: 'en.analyst-numbers.deliverable',
    signal: 'analyst-numbers',
    re: String.raw`\b(?:forecast(?:s|ing)?|model(?:s|ing|ling)?|analy[sz](?:e|es|ing)|track(?:s|ing)?|report(?:s|ing)? on|consolidat(?:e|es|ing)|prepar(?:e|es|ing)|build(?:s|ing)?|maintain(?:s|ing)?|monitor(?:s|ing)?|reconcil(?:e|es|ing)|support(?:s|ing)?)\s+(?:the\s+|a\s+|our\s+|annual\s+|monthly\s+|quarterly\s+)*(?:[\p{L}-]+\s+){0,2}?(?:budgets?|headcount|forecasts?|workforce plans?|staffing models?|variance)\b(?!\s+(?:owner|responsibility)\b)|\bheadcount (?:forecasts?|planning|reporting|models?|analysis)\b`,
    explain: 'evAnalystNumbers',
    examples: [
      'Forecast headcount and build the annual budget with department heads.',
      'Prepare monthly variance reports.',
      'Support headcount planning across the business.',
    ],
    nearMisses: ['Own the department budget.', 'Manage the budget for the unit.'],
  },
  {
    id: 'en.influence.expertise',
    signal: 'influence',
    re: String.raw`\b(?:mentor(?:s|ing)?|coach(?:es|ing)?|guid(?:e|es|ing)|support(?:s|ing)?|help(?:s|ing)?) (?:and (?:\w+) )?(?:junior|less experienced|newer|other|fellow|more junior|new|peer)\s+(?:[\p{L}-]+\s+)?(?:${PEOPLE}|colleagues|team ?members|members of the team|peers|hires|starters)\b|\b(?:subject[- ]matter expert|sme|go-to (?:person|expert)|technical (?:authority|expert|leadership|advisor|adviser)|thought leader(?:ship)?|trusted advis[eo]r|point of contact|centre of excellence|center of excellence)\b|\b(?:lead|leads|leading|drive|drives|driving|own|owns|owning|coordinate|coordinates|coordinating)\s+(?:the\s+|a\s+|cross-functional\s+|complex\s+|key\s+|technical\s+|multiple\s+|large\s+)*(?:[\p{L}-]+\s+){0,2}?(?:projects?|initiatives?|workstreams?|programmes?|efforts?|migrations?|implementations?|rollouts?|investigations?|audits?|studies|engagements?|pitches|campaigns?)\b|\binfluenc(?:e|es|ing) (?:without (?:direct |formal )?authority|stakeholders|decisions|the roadmap|leadership)\b|\b(?:advis(?:e|es|ing)|consult(?:s|ing)? with|counsel(?:s|ing)?) (?:senior |executive )?(?:leadership|leaders|management|executives|clients|stakeholders|partners|the board)\b`,
    explain: 'evInfluence',
    examples: [
      'Mentor junior engineers through pairing and code review.',
      'Act as the subject-matter expert for payroll tax.',
      'Lead cross-functional projects from discovery to launch.',
      'Advise senior leadership on risk.',
    ],
    nearMisses: ['Lead the engineering team.', 'Manage a team of analysts.'],
  },
  {
    id: 'en.influence.no-authority',
    signal: 'influence',
    re: String.raw`\bwithout (?:formal|direct|line) (?:authority|management|reports)\b|\b(?:dotted|matrix)[- ]line\b|\blead(?:s|ing)? by (?:example|influence|expertise)\b`,
    explain: 'evInfluence',
    examples: [
      'You will lead through influence without formal authority.',
      'A dotted-line relationship with the regional teams.',
    ],
    nearMisses: ['Lead a team with formal authority.'],
  },
  {
    id: 'en.joins.team',
    signal: 'joins',
    re: String.raw`\b(?:join|joining|be part of|become part of|member of|work (?:in|within|on|as part of)|sit(?:s|ting)? (?:in|within)|part of) (?:a|an|the|our|this)\s+(?:small\s+|growing\s+|friendly\s+|close-knit\s+|dedicated\s+|talented\s+|collaborative\s+|high-performing\s+)*(?:[\p{L}\p{N}-]+\s+){0,2}?${TEAM}\b(?:\s+of\s+(?:${COUNT}))?`,
    explain: 'evJoinsTeam',
    examples: [
      'You will join a small team of four designers.',
      'Work within the platform team.',
      'Be part of our growing data group.',
    ],
    nearMisses: ['Lead the platform team.', 'Build a team.'],
  },
];
