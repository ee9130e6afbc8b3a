import { COUNT, parseCount } from '../numbers';
import { fixed, type Pattern, sameRole } from './types';

/**
 * English phrases postings use for the two things that decide a role type:
 * formal authority over people, and hands-on work of one's own. Weights are
 * in "evidence points"; role-type.ts turns the sums into probabilities.
 */

const PEOPLE = `(?:people|staff|practitioners|leaders|room leaders|support workers|counselors|counsellors|tutors|form tutors|directors|principals|heads|chiefs|baristas|servers|bartenders|cleaners|housekeepers|porters|guards|stylists|trainees|apprentices|interns|volunteers|tellers|caregivers|carers|aides|instructors|tutors|clinicians|pharmacists|doctors|physicians|midwives|social workers|caseworkers|case managers|employees|engineers|developers|analysts|designers|nurses|teachers|reps|representatives|managers|leads|supervisors|technicians|associates|agents|accountants|attorneys|lawyers|paralegals|scientists|researchers|officers|specialists|consultants|coordinators|clerks|assistants|workers|chefs|cooks|cashiers|drivers|dispatchers|operators|writers|physiotherapists|therapists|carpenters|tradespeople|professionals|members|team members|individuals|fte|direct reports|reports|administrators|advisors|advisers|auditors|planners|buyers|recruiters|editors|producers|pickers|packers|mechanics|electricians|crew)`;
const TEAM = `(?:team|teams|group|groups|department|unit|crew|brigade|pod|squad|function|organi[sz]ation|office|staff|workforce|shift|studio|practice|branch|store|shop|kitchen|lab|laboratory|ward|clinic|site|hotel|restaurant|school|home|centre|center|plant|warehouse|newsroom|desk)`;
const YOU_OR_ROLE = `(?:you|this role|the role|this position|the position|the post|this post|the holder|the successful candidate|them|him or her)`;

const teamOf = (verb: string, weight: number, explanation: string): Pattern => ({
  re: new RegExp(
    String.raw`\b${verb}\s+(?:and\s+\w+\s+)?(?:(?:a|an|the|our|your|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:${TEAM})\s+(?:of|with)\s+(?:about\s+|around\s+|up\s+to\s+|roughly\s+|approximately\s+|some\s+)?(${COUNT})\b`,
    'gi',
  ),
  priority: 3,
  negatable: true,
  read: (m) => {
    const count = parseCount(m[1] ?? '');
    return { signal: 'team-size', weight, count, explanation: explanation.replace('N', String(count ?? 'several')) };
  },
});

export const EN_PATTERNS: Pattern[] = [
  // --- Explicitly no authority over people: the strongest specialist evidence.
  fixed(
    /\b(?:no|zero|without(?: any)?) (?:formal )?direct reports?\b/gi,
    'no-authority',
    4,
    'States there are no direct reports',
    { priority: 6 },
  ),
  fixed(/\bindividual[- ]contributor\b/gi, 'no-authority', 3.5, 'Describes an individual-contributor role', { priority: 5 }),
  fixed(
    /\b(?:no|not an?|without(?: any)?|zero|neither)\s+(?:formal\s+)?(?:people|line|staff|personnel|team|direct|supervisory|managerial)[- ](?:management|managing|manager|supervision|leadership|responsibilit(?:y|ies)|duties|authority)(?: role| position| responsibilit(?:y|ies)| duties)?\b/gi,
    'no-authority',
    4,
    'States it carries no people management',
    { priority: 6 },
  ),
  fixed(
    /\b(?:no|not an?|without(?: any)?)\s+(?:management|supervisory|managerial)\s+(?:responsibilit(?:y|ies)|duties|role|position|authority)\b/gi,
    'no-authority',
    4,
    'States it carries no management duties',
    { priority: 6 },
  ),
  fixed(
    /\bnot an? (?:people[- ])?manage(?:ment|r|rial) (?:role|position|job)\b/gi,
    'no-authority',
    4,
    'States it is not a management position',
    { priority: 6 },
  ),
  fixed(/\bwithout (?:formal |direct )?(?:authority|reports)\b/gi, 'no-authority', 3, 'Leads without formal authority', {
    priority: 6,
  }),
  fixed(
    /\b(?:no one|nobody|no staff|no employees|none of (?:the|them)) (?:will )?reports? (?:directly )?to (?:you|this role|the role|this position)\b/gi,
    'no-authority',
    4,
    'No one reports to the role',
    { priority: 6 },
  ),
  fixed(
    /\b(?:supervises?|manages?|line[- ]manages?|leads?) no (?:one|staff|people|employees|team)\b/gi,
    'no-authority',
    4,
    'Manages no one',
    { priority: 6 },
  ),
  fixed(
    /\b(?:does not|doesn't|will not|won't|do not|don't) (?:directly )?(?:manage|supervise|line[- ]manage|have) (?:any )?(?:people|staff|employees|anyone|a team|direct reports|reports)\b/gi,
    'no-authority',
    4,
    'Does not manage people',
    { priority: 6 },
  ),
  fixed(/\b(?:department|team|function|office) of one\b/gi, 'no-authority', 3.5, 'Works as a department of one', { priority: 6 }),
  fixed(/\bno (?:managers|management layers|people managers)\b/gi, 'no-authority', 2.5, 'Works in a structure without managers', {
    priority: 5,
  }),
  fixed(
    /\b(?:no|without) (?:formal )?(?:supervisory|line management|management) (?:authority|role)\b/gi,
    'no-authority',
    4,
    'States it has no supervisory authority',
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
        ? { signal: 'authority', weight: 3.5, explanation: 'The team reports to the role' }
        : { signal: 'no-authority', weight: 2, explanation: 'The team reports to someone else' },
  },
  fixed(
    /\b(?:through|by) influence(?: alone| only| rather than authority)?\b/gi,
    'influence-only',
    1.5,
    'Leads through influence',
  ),
  fixed(
    /\binformal(?:ly)? (?:mentor(?:ing|ship)?|coach(?:ing)?|guid(?:e|ance))\b/gi,
    'influence-only',
    1.5,
    'Mentors informally, without reports',
  ),
  fixed(
    /\b(?:subject[- ]matter expert|technical expert|domain expert|go-to expert|thought leader)\b/gi,
    'influence-only',
    1,
    'Is the expert others rely on',
  ),

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
      return { signal: 'team-size', weight: 4, count, explanation: `${count ?? 'Several'} people report to the role` };
    },
  },
  {
    re: new RegExp(String.raw`\b(${COUNT})\s+(?:direct\s+reports|reports\b|(?:people|staff)\s+reporting)`, 'gi'),
    priority: 5,
    negatable: true,
    read: (m) => {
      const count = parseCount(m[1] ?? '');
      return { signal: 'team-size', weight: 4, count, explanation: `Has ${count ?? 'several'} direct reports` };
    },
  },
  fixed(
    new RegExp(
      String.raw`\b(?:will\s+|who\s+|all\s+)?(?:reports?|reporting)\s+(?:directly\s+)?(?:(?:in)?to|through)\s+${YOU_OR_ROLE}\b`,
      'gi',
    ),
    'authority',
    3.5,
    'People report to the role',
    { priority: 4 },
  ),
  fixed(/\bdirect reports\b/gi, 'authority', 2.5, 'Has direct reports', { priority: 2 }),
  fixed(/\b(?:as|their|the|your) (?:direct|line) (?:manager|supervisor)\b/gi, 'authority', 3, 'Is the line manager of the team', {
    priority: 3,
  }),
  fixed(/\bdirect supervisor of\b/gi, 'authority', 3.5, 'Is the direct supervisor of the team', { priority: 3 }),
  fixed(/\bline[- ]manag(?:e|es|ing|ement|er)\b/gi, 'authority', 3, 'Line-manages staff', { priority: 3 }),
  {
    // "line management sits with the team managers": someone else manages, unless it is this very role.
    re: /\b(?:line[- ]management|line[- ]managed|managed)\s+(?:sits|lies|rests|is held|remains|will be|is)?\s*(?:with|by)\s+(?:the|their|a|an|our|its)\s+((?:[\w-]+\s?){1,4})/gi,
    priority: 4,
    negatable: false,
    read: (m, ctx) =>
      sameRole(m[1] ?? '', ctx.title)
        ? null
        : { signal: 'no-authority', weight: 3, explanation: 'Someone else line-manages the team' },
  },
  fixed(
    new RegExp(
      String.raw`\b(?:supervis(?:e|es|ing)|manag(?:e|es|ing)|lead(?:s|ing)?|direct(?:s|ing)?|oversee(?:s|ing)?)(?:,? (?:and |train |coach |mentor |develop |evaluate |appraise |schedule )+)*\s+(?:and (?:evaluat(?:e|es|ing)|apprais(?:e|es|ing)|develop(?:s|ing)?|train(?:s|ing)?|coach(?:es|ing)?)\s+)?(?:all |the |our |your |a |its |their )?(?:[\w'-]+ ){0,5}?(?:staff|personnel|employees|${PEOPLE})\b`,
      'gi',
    ),
    'authority',
    2.5,
    'Supervises staff',
    { priority: 2 },
  ),
  fixed(
    /(?<!\bunder (?:the )?)\b(?:exercises? )?(?:direct |day-to-day |line |full )?supervision (?:over|of)\b(?! (?:a|an|the) (?:senior|more senior|lead|qualified|registered|supervising))/gi,
    'authority',
    2.5,
    'Supervises staff directly',
    { priority: 2 },
  ),
  fixed(
    /\b(?:selects?|hires?|recruits?),? (?:\w+,? ){0,3}(?:and )?(?:evaluates?|appraises?|supervises?) (?:\w+ ){0,2}?(?:personnel|staff|employees|team members)\b/gi,
    'authority',
    3,
    'Hires and evaluates staff',
    { priority: 3 },
  ),
  fixed(
    /\b(?:line[- ])?manag(?:e|es|ing) (?:the |other |first-line |front-line )?(?:managers|supervisors|team leads|team leaders|group leaders|heads of (?:department|year|section|unit)s?|department heads|store managers|site managers)\b/gi,
    'authority',
    3.5,
    'Manages managers',
    { priority: 3 },
  ),
  fixed(
    /\b(?:people|personnel|staff) (?:management|manager|leadership)\b/gi,
    'authority',
    2,
    'Carries people-management duties',
    { priority: 2 },
  ),
  teamOf(
    '(?:manag(?:e|es|ing)|lead(?:s|ing)?|run(?:s|ning)?|supervis(?:e|es|ing)|head(?:s|ing)?|oversee(?:s|ing)?|direct(?:s|ing)?|build(?:s|ing)?|grow(?:s|ing)?|coach(?:es|ing)?|line[- ]manag(?:e|es|ing))',
    3.5,
    'Leads a team of N',
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
      return { signal: 'team-size', weight: 3.5, count, explanation: `Manages ${count} people` };
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
        explanation: `Part of a ${count ?? 'sizeable'}-person team the role leads`,
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
      explanation: `Grows the team from ${m[1]} to ${m[2]}`,
    }),
  },
  fixed(
    /\b(?:hire|hiring|recruit(?:ing|ment)?|interview(?:ing)? and hir(?:e|ing)|staffing decisions)\b(?! manager)/gi,
    'authority',
    1,
    'Hires for the team',
  ),
  fixed(
    /\b(?:performance (?:reviews?|management|evaluations?|appraisals?|conversations)|appraisals?|evaluations? of (?:staff|the team|team members)|(?:staff|their|team|employee|annual) evaluations|annual reviews|1:1s|1-on-1s|one[- ]to[- ]ones?|one[- ]on[- ]ones?)\b/gi,
    'authority',
    1.5,
    'Runs performance reviews and one-to-ones',
  ),
  fixed(
    /\b(?:career (?:development|growth|progression) (?:of|for) (?:your|the|their|team|staff)|develop(?:ing)? (?:and \w+ )?(?:your|the|their) (?:team|people|staff|direct reports)|coach(?:ing)? and develop(?:ing)?)\b/gi,
    'authority',
    1.5,
    'Develops the careers of team members',
  ),
  fixed(
    /(?<!-)\b(?:discipline|disciplinary|termination|terminations|compensation decisions|promotions?)\b/gi,
    'authority',
    0.75,
    'Makes staffing decisions',
  ),
  fixed(
    /\b(?:schedul(?:e|es|ing)|rotas?|rosters?|rostering|sickness|absence management|assign(?:s|ing)? (?:work|tasks|cases)|shift assignments|case allocation|allocat(?:e|es|ing) (?:work|cases|tasks))\b/gi,
    'authority',
    0.5,
    "Plans the team's work",
  ),
  fixed(/\b(?:headcount|head count)\b/gi, 'authority', 1.5, 'Owns headcount', { priority: 2 }),
  fixed(
    /\b(?:build(?:ing)?|lead(?:ing)?|manag(?:e|ing)|motivat(?:e|ing)|inspir(?:e|ing)|develop(?:ing)?) (?:and (?:\w+ )?)?(?:a |the |your |our )?(?:high[- ]performing |growing |diverse |talented )?(?:[\w-]+ )?(?:team|teams|staff|people|workforce)\b/gi,
    'authority',
    1.5,
    'Leads and builds the team',
  ),
  fixed(/\bpeople leader(?:ship)?\b/gi, 'authority', 2, 'Is a people leader'),
  fixed(
    /\b(?:this|it) is an? (?:pure |full[- ]time |[\w-]+ )?(?:management|leadership|people[- ]management) (?:role|position)\b/gi,
    'authority',
    2.5,
    'States it is a management role',
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
      explanation: 'Leads others while doing the work',
    }),
  },

  // --- Hands-on work of one's own.
  fixed(
    /\b(?:(?:own|individual|personal|full|clinical|active|small|reduced|manageable|varied) )?caseload\b/gi,
    'hands-on',
    2.5,
    'Carries a caseload of their own',
  ),
  fixed(/\bpatient (?:assignment|load|care assignment|allocation|list)\b/gi, 'hands-on', 2.5, 'Carries patients of their own'),
  fixed(/\b(?:direct patient care|hands-on (?:patient )?care|bedside)\b/gi, 'hands-on', 2, 'Gives direct care'),
  fixed(
    /\b(?:(?:own|personal|individual) (?:sales )?(?:quota|target|revenue target|book of business|portfolio)|carr(?:y|ies|ying) (?:a |an |their own )?(?:personal )?(?:[$£€][\d.,]+\s?[mk]? )?(?:sales )?quota)\b/gi,
    'hands-on',
    2.5,
    'Carries a quota of their own',
  ),
  fixed(/\b(?:stay(?:s|ing)?|remain(?:s|ing)?|be|being|still|very|deeply) hands[- ]on\b/gi, 'hands-on', 2.5, 'Stays hands-on'),
  fixed(/\bhands[- ]on\b/gi, 'hands-on', 1, 'Hands-on work'),
  fixed(
    /\bhands[- ]on (?:leader(?:ship)?|manager|management|approach|style|attitude|mentality|mindset)\b/gi,
    'hands-on',
    0.3,
    'Describes a hands-on leadership style',
    { priority: 2 },
  ),
  fixed(
    /\b(?:you'll|you will|you'd|expect to) (?:also |still )?be (?:cooking|coding|programming|designing|teaching|selling|writing|treating patients|nursing|building|baking|repairing|fixing|drafting|operating|driving|cutting|serving|on the tools|on the floor|on the line)\b/gi,
    'hands-on',
    2,
    'Does the hands-on work too',
  ),
  fixed(
    /\b(?:also|still|continue to|keep) (?:cook|code|program|design|teach|sell|write|treat|build|bake|repair|draft|see patients|carry|handle|run)s?\b/gi,
    'hands-on',
    1.2,
    'Keeps doing the work too',
  ),
  fixed(
    /\b(?:one|two|three|four|five|six|\d)(?: (?:or|to) (?:two|three|four|five|six|\d))? (?:nights|days|shifts|evenings|mornings|sessions) (?:a|per|each) week\b/gi,
    'hands-on',
    1,
    'Works shifts on the front line',
  ),
  fixed(
    /\bboth (?:a |an |our |the )?(?:[\w-]+ ){0,4}?(?:\w+(?:er|or|ist|ian|ant)) and (?:a |an |our |the )?(?:[\w-]+ ){0,3}?(?:lead|leader|manager|supervisor|head)\b/gi,
    'time-split',
    2.5,
    "Is both a practitioner and the team's leader",
    { negatable: false },
  ),
  fixed(
    /\b(?:writ(?:e|es|ing)|ship(?:s|ping)?|review(?:s|ing)?)(?: and (?:writ|review|ship|test)\w*)? (?:production |lots of |a lot of |most of the |real )?code\b|\bcoding\b/gi,
    'hands-on',
    1.5,
    'Writes code',
  ),
  fixed(
    /\b(?:on the tools|on the line|work(?:s|ing)? the (?:line|grill|pass|floor|bar|till|counter|register|station|desk)|cook(?:s|ing)? (?:on )?the line|at the bench|on the (?:shop |sales )?floor|behind the (?:bar|counter))\b/gi,
    'hands-on',
    2,
    'Works on the front line',
  ),
  fixed(
    /\b(?:teaching (?:load|timetable)|of a full timetable|classroom teaching|teach(?:es|ing)? (?:classes|lessons|\w+ classes))\b/gi,
    'hands-on',
    2.5,
    'Teaches classes',
  ),
  fixed(/\bpersonally\b/gi, 'hands-on', 1.2, 'Does part of the work personally'),
  fixed(
    /\b(?:with|keep|keeping|keeps) (?:your|their) own (?!team|staff|people|department|unit|reports)[\w-]+/gi,
    'hands-on',
    1.5,
    'Keeps work of their own',
  ),
  fixed(
    /\bwork(?:s|ing)? clinically\b|\bclinical (?:shifts|sessions|practice) of (?:your|their) own\b/gi,
    'hands-on',
    2,
    'Works clinically',
  ),
  fixed(
    /(?<!\b(?:receive|receives|receiving|under|with|get|gets)\s+(?:the\s+|regular\s+|clinical\s+)?)\bsupervisions?\b(?!\s+(?:from|by)\b)/gi,
    'authority',
    1.2,
    'Supervises staff',
  ),
  {
    // "oversee the operation of 9 clinics", "run 8 stores": leading several sites
    re: new RegExp(
      String.raw`\b(?:oversee(?:s|ing)?|run(?:s|ning)?|manag(?:e|es|ing)|lead(?:s|ing)?|responsible for)\s+(?:the\s+)?(?:operations?\s+of\s+)?(?:all\s+)?(${COUNT})\s+(?:[\w-]+\s+)?(?:clinics|stores|sites|branches|restaurants|schools|plants|hotels|locations|offices|depots|warehouses|units|wards|homes|centres|centers|practices)\b`,
      'gi',
    ),
    priority: 3,
    negatable: true,
    read: (m) => ({ signal: 'authority', weight: 2.5, explanation: `Runs ${parseCount(m[1] ?? '') ?? 'several'} sites` }),
  },
  fixed(
    /\b(?:during|in|on|for) (?:every|each) (?:[\w-]+ )?(?:and [\w-]+ )?(?:service|shift)\b/gi,
    'hands-on',
    1.5,
    'Works every service',
  ),
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
      return { signal: 'team-size', weight: 2, count, explanation: `Leads a team of ${count ?? 'several'}` };
    },
  },
  fixed(
    /\b(?:run|carry(?: out)?|handle|hold|keep|maintain|manage|own|deliver|design and deliver|see|seeing|take|taking|teach|teaching|do|doing|work on|working on) (?:your|their|his or her|an?) own (?!team|staff|people|department|unit|function|reports)[\w-]+/gi,
    'hands-on',
    2,
    'Keeps work of their own',
  ),
  fixed(
    /\bthroughout (?:your|the|each|every) (?:shift|day|service|week)\b/gi,
    'hands-on',
    1.5,
    'Works on the front line throughout the shift',
  ),
  fixed(
    /\b(?:make|makes|making|serve|serves|serving|prepare|prepares|preparing|pour|pours|pouring) (?:drinks|food|coffee|meals|dishes|cocktails|orders)\b/gi,
    'hands-on',
    1.5,
    'Serves customers directly',
  ),
  fixed(
    /\b(?:cook|code|teach|sell|nurse|build|work|serve|bake|drive|repair|treat|design|write)(?:s|ing)? (?:on )?(?:every|each|most|all) (?:services?|shifts?|days?|nights?|weeks?|sessions?)\b/gi,
    'hands-on',
    2,
    'Does the work every shift',
  ),
  fixed(
    /\b(?:alongside|next to|side by side with) (?:them|your team|the team you lead|your reports|your crew)\b/gi,
    'hands-on',
    1.2,
    'Works alongside the team',
  ),
  fixed(
    /\b(?:yourself|themselves|your own (?:work|projects|accounts|cases|designs|analysis|design work|matters|clients|portfolio|docket|book|patients|classes|territory|practice|research|code|deals))\b/gi,
    'hands-on',
    1.5,
    'Does the work themselves',
  ),
  fixed(
    /\b(?:most|majority|bulk|much|half|large part|significant (?:part|portion)) of (?:your|the|their|his or her|the holder's) (?:time|week|day|shift|job|role|working week)\b/gi,
    'hands-on',
    2.5,
    'Spends much of the time on own work',
  ),
  fixed(/\b(?:individual|own|personal) (?:delivery|work|contribution|output)\b/gi, 'hands-on', 1, 'Delivers work personally'),
  fixed(
    /\b(?:while|whilst|as well as|alongside|in addition to|on top of) (?:\w+ing|also|still|continuing|remaining|staying|carrying|leading|managing|supervising)\b/gi,
    'hands-on',
    0.8,
    'Combines leading with doing',
    { negatable: false },
  ),
  {
    // "60% hands-on", "about 70% of the week on clinical work", "50/50 split"
    re: /\b(?:about |around |roughly |approximately |at least |up to )?(\d{1,3})\s?%\s(?:of\s(?:your|the|their)\s(?:time|week|role|job|day)\s)?(?:is\s|will be\s|spent\s|on\s|in\s)?(hands[- ]on|coding|writing code|clinical|individual|technical|delivery|bench|design|selling|sales|teaching|client work|billable|casework|production|on the tools|managing|management|leadership|leading|supervis\w*|people management|administrative)/gi,
    priority: 5,
    negatable: false,
    read: (m) => {
      const pct = Math.min(100, Number(m[1])) / 100;
      const managing = /manag|leader|leading|supervis/i.test(m[2] ?? '');
      const handsOnShare = managing ? 1 - pct : pct;
      return {
        signal: 'time-split',
        weight: 1 + 3 * handsOnShare,
        handsOnShare,
        explanation: `Spends about ${Math.round(handsOnShare * 100)}% of the time on hands-on work`,
      };
    },
  },
  {
    // "around 60% of your time to go into your own design work", "half your time in the code"
    re: /\b(?:about |around |roughly |approximately |at least |up to )?(\d{1,3}\s?%|half|a third|two[- ]thirds|most|the majority)\s(?:of\s)?(?:your|the|their|the holder's|his or her)\s(?:time|week|working week|day|hours)\b((?:[ \t]+[^\s.;,]+){0,10})/gi,
    priority: 4,
    negatable: false,
    read: (m) => {
      const amount = (m[1] ?? '').toLowerCase();
      const share = amount.includes('%')
        ? Number.parseInt(amount, 10) / 100
        : amount === 'half'
          ? 0.5
          : amount === 'a third'
            ? 0.33
            : amount.startsWith('two')
              ? 0.67
              : 0.65;
      const rest = m[2] ?? '';
      const managing = /\b(?:manag|lead|supervis|people|coach|hiring|admin)/i.test(rest);
      const doing =
        /\b(?:own|code|coding|hands|design|clinical|case|patients?|bench|tools|line|selling|accounts?|teach|build|writ|model|analy|research|deliver|production|reconcil|close|craft|practice|lab|experiments?)/i.test(
          rest,
        );
      if (!managing && !doing) return null;
      const handsOnShare = Math.min(1, managing && !doing ? 1 - share : share);
      return {
        signal: 'time-split',
        weight: 1 + 3 * handsOnShare,
        handsOnShare,
        explanation: `Spends about ${Math.round(handsOnShare * 100)}% of the time on hands-on work`,
      };
    },
  },
  {
    // "a 75% timetable", "an 80% caseload": the share of a full load the holder carries personally
    re: /\b(\d{1,3})\s?%\s+(?:of\s+(?:a|the)\s+)?(?:full\s+)?(?:teaching\s+)?(timetable|teaching load|caseload|clinical load|clinical caseload|patient load|sales target|quota)\b/gi,
    priority: 5,
    negatable: false,
    read: (m) => {
      const handsOnShare = Math.min(100, Number(m[1])) / 100;
      return {
        signal: 'time-split',
        weight: 1 + 3 * handsOnShare,
        handsOnShare,
        explanation: `Carries ${Math.round(handsOnShare * 100)}% of a full load personally`,
      };
    },
  },
  fixed(
    /\b(?:50\/50|half (?:and|of the time) half|split (?:evenly|equally) between)\b/gi,
    'time-split',
    3,
    'Splits time evenly between leading and doing',
    { negatable: false },
  ),

  // --- Stated absence of hands-on work.
  fixed(
    /\b(?:will not|won't|does not|doesn't|do not|don't|not expected to|no longer|never|not be expected to|is not|are not|isn't|aren't|will not be|rather than|instead of|not)\s+(?:\w+\s+){0,2}?(?:writ(?:e|ing)|ship(?:ping)?|carry(?:ing)?|work(?:ing)?|teach(?:ing)?|build(?:ing)?|prepar(?:e|ing)|cook(?:ing)?|run(?:ning)?|cover(?:ing)?|see(?:ing)?|treat(?:ing)?|sell(?:ing)?|design(?:ing)?|do(?:ing)?|perform(?:ing)?|stock(?:ing)?)\b(?:\s+\w+){0,4}?\s+(?:code|the line|a station|patients?|a patient assignment|caseload|cases|quota|models?|entries|the entries|the bench|classes|lessons|pager|on-call|service|a single site|day-to-day|hands-on work|individual work|themselves|itself|yourself|the work)\b/gi,
    'not-hands-on',
    3.5,
    'States the hands-on work is done by others',
    { priority: 5 },
  ),
  fixed(
    /\bno (?:personal |individual |own |formal )?(?:quota|caseload|patient assignment|patient load|teaching (?:load|commitment)|timetabled teaching|teaching timetable|clinical (?:work|duties|caseload)|coding|bench work|hands-on (?:work|duties))\b/gi,
    'not-hands-on',
    3.5,
    'Carries no hands-on load of its own',
    { priority: 6 },
  ),
  fixed(
    /\b(?:done|performed|carried out|handled|delivered) by (?:the|your) (?:team|staff|crew|reports)\b/gi,
    'not-hands-on',
    2.5,
    'The team does the hands-on work',
    { priority: 4 },
  ),
  fixed(
    /\b(?:only occasional(?:ly)?|occasionally cover|rarely)\b/gi,
    'not-hands-on',
    1.5,
    'Covers the front line only occasionally',
  ),
  fixed(
    /\b(?:absent from|not part of|outside) (?:the|this) role\b/gi,
    'not-hands-on',
    2,
    'Hands-on work is not part of the role',
  ),

  // --- Demand dimensions beyond the role type.
  fixed(
    /\b(?:strateg(?:y|ic|ies)|roadmap|vision|p&l|profit and loss|budget(?:s|ing)?|business plan|operating plan|long-term plan|executive team|board of (?:directors|trustees)|organi[sz]ation-wide|company-wide|enterprise-wide)\b/gi,
    'strategy',
    1,
    'Shapes strategy or owns a budget',
  ),
  fixed(
    /\b(?:stakeholders?|cross[- ]functional(?:ly)?|partner(?:s|ing)? (?:with|closely)|collaborat(?:e|es|ing|ion|ive)|coordinat(?:e|es|ing|ion)|liais(?:e|ing|on)|work(?:ing)? closely with|communicat(?:e|ion|ions)|clients?|customers?|negotiat(?:e|es|ing|ion))\b/gi,
    'collaboration',
    0.6,
    'Works with many people',
  ),
  fixed(
    /\b(?:independent(?:ly)?|autonom(?:y|ous|ously)|self[- ](?:directed|starter|managed)|own your (?:schedule|time)|flexib(?:le|ility)|minimal supervision|ownership of|remote)\b/gi,
    'autonomy',
    1,
    'Works independently',
  ),
  fixed(
    /\b(?:on[- ]call|pager|nights?|night shifts?|weekends?|evenings|overtime|fast[- ]paced|high[- ]pressure|tight deadlines|24[-/ ](?:hour|7)|travel(?:ling)? (?:up to )?\d+%|extensive travel|rotating shifts|long hours|demanding)\b/gi,
    'pressure',
    1,
    'Carries workload or lifestyle pressure',
  ),
  fixed(
    /\b(?:ph\.?d|doctorate|master'?s degree|certifi(?:ed|cation)|licen[sc]ed|chartered|deep (?:expertise|knowledge)|expert(?:ise)?|advanced (?:knowledge|skills)|\d{1,2}\+? years|specialist|mastery|research|publish(?:ing)?)\b/gi,
    'craft',
    0.8,
    'Needs deep expertise',
  ),
];

/** Words a clause may hold before a phrase that reverse it. */
export const EN_NEGATORS = /\b(?:no|not|never|without|none|neither|nor|n't|rather than|instead of|zero|nobody|no one)\b|n't\b/i;
/** Words that make a phrase a possibility rather than a duty. */
export const EN_HEDGES =
  /\b(?:may|might|could|possibly|potential(?:ly)?|opportunit(?:y|ies) to|chance to|eventually|in (?:the )?future|over time|as the team grows|grow into|path to|occasional(?:ly)?|from time to time|would be a plus|nice to have|ideally)\b/i;
