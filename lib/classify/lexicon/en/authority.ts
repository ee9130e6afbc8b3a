import { words } from '../../../i18n/words';
import { COUNT, parseCount } from '../../numbers';
import { counted, fixed, type Pattern, sameRole } from '../types';
import { PEOPLE, TEAM, teamOf, YOU_OR_ROLE } from './people';

/** Formal authority over people: reports, team sizes, hiring, reviews, budgets of headcount. */
export const AUTHORITY: Pattern[] = [
  // --- Formal authority over people.
  {
    re: new RegExp(
      String.raw`\b(${COUNT})\s+(?:(?:full[- ]time|part[- ]time|permanent|junior|senior|staff|regional|territory|band \d|[A-Z][a-z]+)\s+){0,3}(?:${PEOPLE})\s+(?:who\s+|will\s+|that\s+)*(?:reports?|reporting)\s+(?:directly\s+)?(?:(?:in)?to|through)\s+${YOU_OR_ROLE}`,
      'gi',
    ),
    priority: 5,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return { signal: 'team-size', weight: 4, count, explanation: counted(count, 'whyNPeopleReport', 'whySeveralPeopleReport') };
    },
  },
  {
    re: new RegExp(String.raw`\b(${COUNT})\s+(?:direct\s+reports|reports\b|(?:people|staff)\s+reporting)`, 'gi'),
    priority: 5,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return {
        signal: 'team-size',
        weight: 4,
        count,
        explanation: counted(count, 'whyHasNDirectReports', 'whyHasSeveralDirectReports'),
      };
    },
  },
  fixed(
    new RegExp(
      String.raw`\b(?:will\s+|who\s+|all\s+)?(?:reports?|reporting)\s+(?:directly\s+)?(?:(?:in)?to|through)\s+${YOU_OR_ROLE}\b`,
      'gi',
    ),
    'authority',
    3.5,
    words('whyPeopleReportToTheRole'),
    { priority: 4 },
  ),
  fixed(/\bdirect reports\b/gi, 'authority', 2.5, words('whyHasDirectReports'), { priority: 2 }),
  fixed(
    /\b(?:as|their|the|your) (?:direct|line) (?:manager|supervisor)\b/gi,
    'authority',
    3,
    words('whyIsTheLineManagerOfTheTeam'),
    {
      priority: 3,
    },
  ),
  fixed(/\bdirect supervisor of\b/gi, 'authority', 3.5, words('whyIsTheDirectSupervisorOfTheTeam'), { priority: 3 }),
  fixed(/\bline[- ]manag(?:e|es|ing|ement|er)\b/gi, 'authority', 3, words('whyLineManagesStaff'), { priority: 3 }),
  {
    // "line management sits with the team managers": someone else manages, unless it is this very role.
    re: /\b(?:line[- ]management|line[- ]managed|managed)\s+(?:sits|lies|rests|is held|remains|will be|is)?\s*(?:with|by)\s+(?:the|their|a|an|our|its)\s+((?:[\w-]+\s?){1,4})/gi,
    priority: 4,
    negatable: false,
    read: (m, ctx) =>
      sameRole(m[1] ?? '', ctx.title)
        ? null
        : { signal: 'no-authority', weight: 3, explanation: words('whySomeoneElseLineManagesTheTeam') },
  },
  fixed(
    new RegExp(
      String.raw`\b(?:supervis(?:e|es|ing)|manag(?:e|es|ing)|lead(?:s|ing)?|direct(?:s|ing)?|oversee(?:s|ing)?)(?:,? (?:and |train |coach |mentor |develop |evaluate |appraise |schedule )+)*\s+(?:and (?:evaluat(?:e|es|ing)|apprais(?:e|es|ing)|develop(?:s|ing)?|train(?:s|ing)?|coach(?:es|ing)?)\s+)?(?:all |the |our |your |a |its |their )?(?:[\w'-]+ ){0,5}?(?:staff|personnel|employees|${PEOPLE})\b`,
      'gi',
    ),
    'authority',
    2.5,
    words('whySupervisesStaff'),
    { priority: 2 },
  ),
  fixed(
    /(?<!\bunder (?:the )?)\b(?:exercises? )?(?:direct |day-to-day |line |full )?supervision (?:over|of)\b(?! (?:a|an|the) (?:senior|more senior|lead|qualified|registered|supervising))/gi,
    'authority',
    2.5,
    words('whySupervisesStaffDirectly'),
    { priority: 2 },
  ),
  fixed(
    /\b(?:selects?|hires?|recruits?),? (?:\w+,? ){0,3}(?:and )?(?:evaluates?|appraises?|supervises?) (?:\w+ ){0,2}?(?:personnel|staff|employees|team members)\b/gi,
    'authority',
    3,
    words('whyHiresAndEvaluatesStaff'),
    { priority: 3 },
  ),
  fixed(
    /\b(?:line[- ])?manag(?:e|es|ing) (?:the |other |first-line |front-line )?(?:managers|supervisors|team leads|team leaders|group leaders|heads of (?:department|year|section|unit)s?|department heads|store managers|site managers)\b/gi,
    'authority',
    3.5,
    words('whyManagesManagers'),
    { priority: 3 },
  ),
  fixed(
    /\b(?:people|personnel|staff) (?:management|manager|leadership)\b/gi,
    'authority',
    2,
    words('whyCarriesPeopleManagementDuties'),
    { priority: 2 },
  ),
  teamOf(
    '(?:manag(?:e|es|ing)|lead(?:s|ing)?|run(?:s|ning)?|supervis(?:e|es|ing)|head(?:s|ing)?|oversee(?:s|ing)?|direct(?:s|ing)?|build(?:s|ing)?|grow(?:s|ing)?|coach(?:es|ing)?|line[- ]manag(?:e|es|ing)|responsible for|in charge of)',
    3.5,
  ),
  {
    re: new RegExp(
      String.raw`\b(?:manag(?:e|es|ing)|lead(?:s|ing)?|supervis(?:e|es|ing)|oversee(?:s|ing)?|line[- ]manag(?:e|es|ing)|direct(?:s|ing)?|run(?:s|ning)?)\s+(?:and\s+\w+\s+)?(?:(?:a|an|the)\s+)?(?:team\s+of\s+)?(?:about\s+|around\s+|up\s+to\s+|roughly\s+|approximately\s+)?(${COUNT})\s+(?:(?:full[- ]time|part[- ]time|junior|senior|staff|regional|territory|site|band \d|[a-z]+-?[a-z]*)\s+){0,3}?(?:${PEOPLE})\b`,
      'gi',
    ),
    priority: 4,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      if (count === undefined || count < 1) return null;
      return { signal: 'team-size', weight: 3.5, count, explanation: words('whyManagesNPeople', count) };
    },
  },
  {
    re: new RegExp(String.raw`\b(${COUNT})[- ](?:person|people|strong|member|fte|head)\s+(?:\w+\s+){0,3}?(?:${TEAM})\b`, 'gi'),
    priority: 3,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return {
        signal: 'team-size',
        weight: 2,
        count,
        explanation: counted(count, 'whyPartOfNPersonTeam', 'whyPartOfSizeableTeam'),
      };
    },
  },
  {
    re: /\bgrow(?:ing)? (?:the|a|this|your) (?:[\w-]+ ){0,2}?team from (\d{1,3}) to (\d{1,4})\b/gi,
    priority: 4,
    negatable: true,
    read: (m) => ({
      signal: 'team-size',
      weight: 3.5,
      count: Number(m[2]),
      explanation: words('whyGrowsTheTeam', m[1] ?? '', m[2] ?? ''),
    }),
  },
  fixed(
    /\b(?:hire|hiring|recruit(?:ing|ment)?|interview(?:ing)? and hir(?:e|ing)|staffing decisions)\b(?! manager)/gi,
    'authority',
    1,
    words('whyHiresForTheTeam'),
  ),
  // "take charge of the kitchen on the head chef's days off", "in charge of the shift": running the people on it.
  fixed(
    /\b(?:take|takes|taking|be|is|are) (?:full )?charge of (?:the|a|our|your) (?:kitchen|shift|ward|floor|crew|brigade|store|unit|department|team|site|restaurant)\b/gi,
    'authority',
    1.5,
    words('whyTakesChargeOfTheTeam'),
  ),
  fixed(
    /\b(?:performance (?:reviews?|management|evaluations?|appraisals?|conversations)|appraisals?|evaluations? of (?:staff|the team|team members)|(?:staff|their|team|employee|annual) evaluations|annual reviews|1:1s|1-on-1s|one[- ]to[- ]ones?|one[- ]on[- ]ones?)\b/gi,
    'authority',
    1.5,
    words('whyRunsPerformanceReviewsAndOneToOnes'),
  ),
  fixed(
    /\b(?:career (?:development|growth|progression) (?:of|for) (?:your|the|their|team|staff)|develop(?:ing)? (?:and \w+ )?(?:your|the|their) (?:team|people|staff|direct reports)|coach(?:ing)? and develop(?:ing)?)\b/gi,
    'authority',
    1.5,
    words('whyDevelopsTheCareersOfTeamMembers'),
  ),
  fixed(
    /(?<!-)\b(?:discipline|disciplinary|termination|terminations|compensation decisions|promotions?)\b/gi,
    'authority',
    0.75,
    words('whyMakesStaffingDecisions'),
  ),
  fixed(
    /\b(?:schedul(?:e|es|ing)|rotas?|rosters?|rostering|sickness|absence management|assign(?:s|ing)? (?:work|tasks|cases|files)|shift assignments|case allocation|allocat(?:e|es|ing) (?:work|cases|tasks|files))\b/gi,
    'authority',
    0.5,
    words('whyPlansTheTeamSWork'),
  ),
  fixed(/\b(?:headcount|head count)\b/gi, 'authority', 1.5, words('whyOwnsHeadcount'), { priority: 2 }),
  fixed(
    /\b(?:build(?:ing)?|lead(?:ing)?|manag(?:e|ing)|motivat(?:e|ing)|inspir(?:e|ing)|develop(?:ing)?) (?:and (?:\w+ )?)?(?:a |the |your |our )?(?:high[- ]performing |growing |diverse |talented )?(?:[\w-]+ (?:and [\w-]+ )?)?(?:team|teams|staff|people|workforce)\b/gi,
    'authority',
    1.5,
    words('whyLeadsAndBuildsTheTeam'),
  ),
  fixed(/\bpeople leader(?:ship)?\b/gi, 'authority', 2, words('whyIsAPeopleLeader')),
  fixed(
    /\b(?:this|it) is an? (?:pure |full[- ]time |[\w-]+ )?(?:management|leadership|people[- ]management) (?:role|position)\b/gi,
    'authority',
    2.5,
    words('whyStatesItIsAManagementRole'),
    { priority: 4 },
  ),
  {
    re: /\b(?:player[- ]coach|working (?:manager|foreman|supervisor|lead|chef))\b/gi,
    priority: 4,
    negatable: false,
    read: () => ({
      signal: 'time-split',
      weight: 3,
      handsOnShare: 0.5,
      impliedAuthority: 2.5,
      explanation: words('whyLeadsOthersWhileDoingTheWork'),
    }),
  },

  {
    // "oversee the operation of 9 clinics", "run 8 stores": leading several sites
    re: new RegExp(
      String.raw`\b(?:oversee(?:s|ing)?|run(?:s|ning)?|manag(?:e|es|ing)|lead(?:s|ing)?|responsible for)\s+(?:the\s+)?(?:operations?\s+of\s+)?(?:all\s+)?(${COUNT})\s+(?:[\w-]+\s+)?(?:clinics|stores|sites|branches|restaurants|schools|plants|hotels|locations|offices|depots|warehouses|units|wards|homes|centres|centers|practices)\b`,
      'gi',
    ),
    priority: 3,
    negatable: true,
    read: (m) => ({
      signal: 'authority',
      weight: 2.5,
      explanation: counted(parseCount(m[1] ?? ''), 'whyRunsNSites', 'whyRunsSeveralSites'),
    }),
  },
  {
    // "a team of 75 nurses and carers" without a verb before it, unless the holder merely joins it.
    re: new RegExp(
      String.raw`\b(?:a|the|your) (?<!\b(?:join|joining|joins|part of|within|in|into|with|alongside|member of|support|supporting)\s+(?:a|the|your) )(?:[\w-]+ )?team of (?:about |around |some |up to )?(${COUNT}) (?:[\w-]+ )?(?:and [\w-]+ )?(?:${PEOPLE})\b`,
      'gi',
    ),
    priority: 2,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return {
        signal: 'team-size',
        weight: 2,
        count,
        explanation: counted(count, 'whyLeadsATeamOfNPeople', 'whyLeadsATeamOfSeveral'),
      };
    },
  },
  fixed(
    /(?<!\b(?:receive|receives|receiving|under|with|get|gets)\s+(?:the\s+|regular\s+|clinical\s+)?)\bsupervisions?\b(?!\s+(?:from|by)\b)/gi,
    'authority',
    1.2,
    words('whySupervisesStaff'),
  ),
  {
    // "supervise two solicitors", "line manage three officers": these verbs take people, whatever they are called.
    re: new RegExp(
      String.raw`\b(?:supervis(?:e|es|ing)|line[- ]manag(?:e|es|ing))\s+(?:(?:the|our|your|its|their)\s+)?(${COUNT})\s+(?:[\w-]+\s+){0,2}?(?!projects|sites|installations|contracts|works|budgets|programmes|programs|accounts|tasks)([a-z-]+s)\b`,
      'gi',
    ),
    priority: 3,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      const whom = m[2] ?? 'people';
      const explanation = count === undefined ? words('whySupervisesSeveral', whom) : words('whySupervisesNPeople', count, whom);
      return { signal: 'team-size', weight: 3, count, explanation };
    },
  },
  {
    // "lead four infrastructure teams", "oversee three departments"
    re: new RegExp(
      String.raw`\b(?:lead(?:s|ing)?|manag(?:e|es|ing)|oversee(?:s|ing)?|run(?:s|ning)?|head(?:s|ing)?)\s+(?:the\s+)?(${COUNT})\s+(?:[\w-]+\s+){0,2}?(?:teams|departments|groups|units|functions|squads|crews)\b`,
      'gi',
    ),
    priority: 4,
    negatable: true,
    read: (m) => ({
      signal: 'authority',
      weight: 3,
      explanation: counted(parseCount(m[1] ?? ''), 'whyLeadsNTeams', 'whyLeadsSeveralTeams'),
    }),
  },
  fixed(
    /\bthrough (?:their|the|your|its|a group of|a team of) (?:[\w-]+ )?(?:managers|team leads|team leaders|supervisors|heads of department)\b/gi,
    'authority',
    2.5,
    words('whyLeadsThroughManagers'),
    { priority: 3 },
  ),
  fixed(
    /\b(?:allocat(?:e|es|ing)|deploy(?:s|ing)?|assign(?:s|ing)?) (?:the )?(?:staff|people|nurses|the team|team members|workers|colleagues)\b|\b(?:support(?:s|ing)?|oversee(?:s|ing)?|plan(?:s|ning)?|manag(?:e|es|ing)) (?:their|the team's|your team's) (?:development|growth|training)\b/gi,
    'authority',
    1,
    words('whyOrganisesTheTeamSWorkAndGrowth'),
  ),
];
