import type { RuleInput } from '../types';

/** What the role asks beyond its type: strategy, collaboration, autonomy, pressure, deep expertise. */
export const DEMAND: RuleInput[] = [
  {
    id: 'en.strategy.scope',
    signal: 'strategy',
    re: String.raw`\b(?:set(?:s|ting)?|shap(?:e|es|ing)|defin(?:e|es|ing)|own(?:s|ing)?|driv(?:e|es|ing)|develop(?:s|ing)?|lead(?:s|ing)?|execut(?:e|es|ing)) (?:the |our |a |its |their )?(?:[\p{L}-]+ )?(?:strategy|strategic direction|vision|roadmap|long-term plan|operating plan|business plan)\b|\b(?:strategic (?:planning|priorities|decisions|direction|initiatives)|executive (?:team|leadership team)|board of (?:directors|trustees)|organi[sz]ation-wide|company-wide|enterprise-wide|p&l|profit and loss)\b`,
    explain: 'evStrategy',
    examples: ['Set the strategy and roadmap for the platform.', 'Present to the board of trustees.'],
    nearMisses: ['Follow the roadmap set by the product team.'],
  },
  {
    id: 'en.collaboration.many-people',
    signal: 'collaboration',
    re: String.raw`\b(?:stakeholders?|cross[- ]functional(?:ly)?|partner(?:s|ing)? (?:with|closely)|collaborat(?:e|es|ing|ion) (?:with|across)|liais(?:e|es|ing|on) (?:with|between)|work(?:s|ing)? closely with|negotiat(?:e|es|ing) with|build(?:s|ing)? relationships)\b`,
    explain: 'evCollaboration',
    examples: ['Partner with product and design.', 'Manage relationships with stakeholders across the business.'],
    nearMisses: ['A collaborative culture.'],
  },
  {
    id: 'en.autonomy.independent',
    signal: 'autonomy',
    re: String.raw`\b(?:work(?:s|ing)? (?:independently|autonomously|on your own)|independent(?:ly)? (?:work|judg(?:e?ment))|self[- ](?:directed|starter|managed)|own your (?:schedule|time|calendar)|minimal supervision|little supervision|deep focus|focused work|long stretches)\b`,
    explain: 'evAutonomy',
    examples: ['Work independently with minimal supervision.', 'Time for deep focus on hard problems.'],
    nearMisses: ['Independent pharmacy chain.'],
  },
  {
    id: 'en.pressure.hours',
    signal: 'pressure',
    re: String.raw`\b(?:on[- ]call(?: rota| rotation| duty)?|pager duty|night shifts?|weekend (?:work|shifts|cover)|work(?:ing)? (?:nights|weekends|evenings|overtime)|overtime|fast[- ]paced|high[- ]pressure|tight deadlines|24[-/ ](?:hour|7)|travel(?:ling)? (?:up to )?\d+\s?%|extensive travel|rotating shifts|long hours|high[- ]volume)\b`,
    explain: 'evPressure',
    examples: ['Participate in the on-call rotation.', 'Work weekends and evenings during peak season.'],
    nearMisses: ['Calling all engineers.'],
  },
  {
    id: 'en.expertise.depth',
    signal: 'expertise',
    re: String.raw`\b(?:ph\.?d|doctorate|master(?:'|’)?s degree|board[- ]certified|licensed|chartered|deep (?:expertise|knowledge|technical)|advanced (?:knowledge|skills|degree)|subject[- ]matter expert(?:ise)?|specialist knowledge|mastery|peer-reviewed|publications?)\b`,
    explain: 'evExpertise',
    examples: ['A PhD in statistics or equivalent.', 'Deep expertise in tax law.'],
    nearMisses: ['Master the basics in your first week.'],
  },
];
