import { words } from '../../../i18n/words';
import { fixed, type Pattern } from '../types';

/** What the role asks beyond its type: strategy, collaboration, autonomy, pressure, craft. */
export const DEMAND: Pattern[] = [
  // --- Demand dimensions beyond the role type.
  fixed(
    /\b(?:strateg(?:y|ic|ies)|roadmap|vision|p&l|profit and loss|budget(?:s|ing)?|business plan|operating plan|long-term plan|executive team|board of (?:directors|trustees)|organi[sz]ation-wide|company-wide|enterprise-wide)\b/gi,
    'strategy',
    1,
    words('whyShapesStrategyOrOwnsABudget'),
  ),
  fixed(
    /\b(?:stakeholders?|cross[- ]functional(?:ly)?|partner(?:s|ing)? (?:with|closely)|collaborat(?:e|es|ing|ion|ive)|coordinat(?:e|es|ing|ion)|liais(?:e|ing|on)|work(?:ing)? closely with|communicat(?:e|ion|ions)|clients?|customers?|negotiat(?:e|es|ing|ion))\b/gi,
    'collaboration',
    0.6,
    words('whyWorksWithManyPeople'),
  ),
  fixed(
    /\b(?:independent(?:ly)?|autonom(?:y|ous|ously)|self[- ](?:directed|starter|managed)|own your (?:schedule|time)|flexib(?:le|ility)|minimal supervision|ownership of|remote)\b/gi,
    'autonomy',
    1,
    words('whyWorksIndependently'),
  ),
  fixed(
    /\b(?:on[- ]call|pager|nights?|night shifts?|weekends?|evenings|overtime|fast[- ]paced|high[- ]pressure|tight deadlines|24[-/ ](?:hour|7)|travel(?:ling)? (?:up to )?\d+%|extensive travel|rotating shifts|long hours|demanding)\b/gi,
    'pressure',
    1,
    words('whyCarriesWorkloadOrLifestylePressure'),
  ),
  fixed(
    /\b(?:ph\.?d|doctorate|master'?s degree|certifi(?:ed|cation)|licen[sc]ed|chartered|deep (?:expertise|knowledge)|expert(?:ise)?|advanced (?:knowledge|skills)|\d{1,2}\+? years|specialist|mastery|research|publish(?:ing)?)\b/gi,
    'craft',
    0.8,
    words('whyNeedsDeepExpertise'),
  ),
];
