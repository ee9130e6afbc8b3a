import { words } from '../../../i18n/words';
import { fixed, type Pattern, sameRole } from '../types';
import { PEOPLE } from './people';

/** Statements that the role has no authority over people: the strongest specialist evidence. */
export const NO_AUTHORITY: Pattern[] = [
  // --- Explicitly no authority over people: the strongest specialist evidence.
  fixed(
    /\b(?:no|zero|without(?: any)?) (?:formal )?direct reports?\b/gi,
    'no-authority',
    4,
    words('whyStatesThereAreNoDirectReports'),
    { priority: 6 },
  ),
  fixed(/\bindividual[- ]contributor\b/gi, 'no-authority', 3.5, words('whyDescribesAnIndividualContributorRole'), {
    priority: 5,
  }),
  fixed(
    /\b(?:no|not an?|without(?: any)?|zero|neither)\s+(?:formal\s+)?(?:people|line|staff|personnel|team|direct|supervisory|managerial)[- ](?:management|managing|manager|supervision|leadership|responsibilit(?:y|ies)|duties|authority)(?: role| position| responsibilit(?:y|ies)| duties)?\b/gi,
    'no-authority',
    4,
    words('whyStatesItCarriesNoPeopleManagement'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:no|not an?|without(?: any)?)\s+(?:management|supervisory|managerial)\s+(?:responsibilit(?:y|ies)|duties|role|position|authority)\b/gi,
    'no-authority',
    4,
    words('whyStatesItCarriesNoManagementDuties'),
    { priority: 6 },
  ),
  fixed(
    /\bnot an? (?:people[- ])?manage(?:ment|r|rial) (?:role|position|job)\b/gi,
    'no-authority',
    4,
    words('whyStatesItIsNotAManagementPosition'),
    { priority: 6 },
  ),
  fixed(/\bwithout (?:formal |direct )?(?:authority|reports)\b/gi, 'no-authority', 3, words('whyLeadsWithoutFormalAuthority'), {
    priority: 6,
  }),
  fixed(
    /\b(?:no one|nobody|no staff|no employees|none of (?:the|them)) (?:will )?reports? (?:directly )?to (?:you|this role|the role|this position)\b/gi,
    'no-authority',
    4,
    words('whyNoOneReportsToTheRole'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:supervises?|manages?|line[- ]manages?|leads?) no (?:one|staff|people|employees|team)\b/gi,
    'no-authority',
    4,
    words('whyManagesNoOne'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:does not|doesn't|will not|won't|do not|don't) (?:directly )?(?:manage|supervise|line[- ]manage|have) (?:any )?(?:people|staff|employees|anyone|a team|direct reports|reports)\b/gi,
    'no-authority',
    4,
    words('whyDoesNotManagePeople'),
    { priority: 6 },
  ),
  fixed(/\b(?:department|team|function|office) of one\b/gi, 'no-authority', 3.5, words('whyWorksAsADepartmentOfOne'), {
    priority: 6,
  }),
  fixed(
    /\bno (?:managers|management layers|people managers)\b/gi,
    'no-authority',
    2.5,
    words('whyWorksInAStructureWithoutManagers'),
    {
      priority: 5,
    },
  ),
  fixed(
    /\b(?:no|without) (?:formal )?(?:supervisory|line management|management) (?:authority|role)\b/gi,
    'no-authority',
    4,
    words('whyStatesItHasNoSupervisoryAuthority'),
    { priority: 6 },
  ),
  {
    // "the designers report to the Design Director": someone else manages them,
    // unless that someone is this very role ("all of whom report to the Managing Attorney").
    re: new RegExp(
      String.raw`\b(?:who|which|that|whom|${PEOPLE})\s+(?:all\s+|also\s+)?(?:reports?|reporting)\s+(?:directly\s+)?to\s+(?:the|our|a)\s+(?!role\b|position\b|post\b)((?:[A-Z][\w&/-]*\s?){1,4})`,
      'g',
    ),
    priority: 4,
    negatable: false,
    read: (m, ctx) =>
      sameRole(m[1] ?? '', ctx.title)
        ? { signal: 'authority', weight: 3.5, explanation: words('whyTheTeamReportsToTheRole') }
        : { signal: 'no-authority', weight: 2, explanation: words('whyTheTeamReportsToSomeoneElse') },
  },
  fixed(
    /\b(?:through|by) influence(?: alone| only| rather than authority)?\b/gi,
    'influence-only',
    1.5,
    words('whyLeadsThroughInfluence'),
  ),
  fixed(
    /\binformal(?:ly)? (?:mentor(?:ing|ship)?|coach(?:ing)?|guid(?:e|ance))\b/gi,
    'influence-only',
    1.5,
    words('whyMentorsInformallyWithoutReports'),
  ),
  fixed(
    /\b(?:subject[- ]matter expert|technical expert|domain expert|go-to expert|thought leader)\b/gi,
    'influence-only',
    1,
    words('whyIsTheExpertOthersRelyOn'),
  ),
];
