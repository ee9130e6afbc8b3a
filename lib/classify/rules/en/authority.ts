import { COUNT } from '../../numbers';
import { countFrom, type RuleInput } from '../types';
import { FEW_WORDS, OPERATION, PEOPLE, TEAM } from './people';

const REPORT_TO = String.raw`(?:report|reports|reporting|will report|who report|that report)\s+(?:directly\s+|in\s+)?(?:in)?to`;
const LEAD_VERB_ONE = String.raw`(?:lead|leads|leading|manage|manages|managing|run|runs|running|head|heads|heading|oversee|oversees|overseeing|supervise|supervises|supervising|direct|directs|directing|build and lead|build and manage|line[- ]manage|line[- ]manages|line[- ]managing|be responsible for|responsible for|in charge of|take charge of|takes charge of|look after|looks after)`;
/** More verbs joined to a first one: ", coach and develop". */
const CHAIN = String.raw`(?:\s*(?:,|and|&|\/)\s*(?:supervis\w*|manag\w*|lead\w*|direct\w*|oversee\w*|coach\w*|mentor\w*|develop\w*|train\w*|motivat\w*|inspir\w*|evaluat\w*|apprais\w*|retain\w*|recruit\w*|hire|hires|hiring|schedul\w*|support\w*|guid\w*|empower\w*|grow\w*|engag\w*))*`;

/** "lead", or a run of verbs ending the same way: "lead and develop", "hire, coach and manage". */
const LEAD_VERB = String.raw`${LEAD_VERB_ONE}(?:\s*(?:,|and|&|\/)\s*(?:[\p{L}-]+))*`;

/** Formal authority over people: reports, teams, staff, hiring, reviews, the team's work, managers, budgets. */
export const AUTHORITY: RuleInput[] = [
  {
    id: 'en.reports.count-report-to',
    signal: 'reports',
    re: String.raw`\b(${COUNT})\s+(?:[\p{L}-]+\s+){0,3}?(?:${PEOPLE}|people|persons|[\p{L}-]{3,}s)\s+(?:who\s+|that\s+|will\s+|would\s+)?${REPORT_TO}\s+(?<target>you|this (?:role|position|post)|the (?:role|position|post|postholder|incumbent)|(?:the|this|our|your)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,4}|[a-z]{2,5}\b)`,
    explain: 'evReportsCount',
    read: countFrom(),
    examples: [
      'Four engineers will report to you.',
      'Three Associate Registrars report to the Registrar.',
      'Twelve full-time staff report directly to this position.',
    ],
    nearMisses: ['You will report to the Head of Engineering.', 'Engineers report bugs to the platform team.'],
  },
  {
    id: 'en.reports.count-direct-reports',
    signal: 'reports',
    re: String.raw`\b(${COUNT})\s+(?:direct|immediate|line)\s+reports\b|\bdirect reports\s*:?\s*\(?(${COUNT})\b|\b(?:team|span of control) of (${COUNT}) (?:direct|line) reports\b`,
    explain: 'evReportsCount',
    read: (m) => countFrom(m[1] ? 1 : m[2] ? 2 : 3)(m),
    examples: ['You have six direct reports.', 'Direct reports: 7', 'a span of control of 9 direct reports'],
    nearMisses: ['Direct reports: none', 'You will report directly to the CEO.'],
  },
  {
    id: 'en.reports.direct-reports',
    signal: 'reports',
    re: String.raw`\b(?:direct|line) reports\b|\bpeople (?:who )?report(?:ing)? (?:directly )?to you\b|\breport(?:s|ing)? (?:directly )?(?:in)?to you\b|\byour reports\b`,
    explain: 'evReports',
    examples: ['Hold regular one-to-ones with your direct reports.', 'The team leads report to you.', 'Direct reports: none.'],
    nearMisses: ['Write monthly reports for the board.', 'You will report to the director.'],
  },
  {
    id: 'en.team.lead-team-of-n',
    signal: 'team',
    re: String.raw`\b${LEAD_VERB}\s+(?:a|an|the|our|your|their|this|its)?\s*(?:[\p{L}\p{N}'’&/-]+\s+){0,3}?${TEAM}\s+of\s+(?:about\s+|around\s+|up to\s+|approximately\s+|over\s+|more than\s+|some\s+)?(${COUNT})\b`,
    explain: 'evLeadsTeamCount',
    read: countFrom(),
    examples: [
      'You will lead a team of seven backend engineers.',
      'Manage the support team of 12 agents across two shifts.',
      'Oversees a crew of 5 electricians and two apprentices.',
    ],
    nearMisses: ['Join a team of 40 engineers.', 'You will be part of a team of 6 designers.'],
  },
  {
    id: 'en.team.n-person-team',
    signal: 'team',
    re: String.raw`\b${LEAD_VERB}\s+(?:a|an|the|our|your|this)?\s*(${COUNT})[- ](?:person|people|member|strong|fte|engineer|nurse|staff)s?\b(?:\s+[\p{L}-]+){0,2}?\s+${TEAM}\b|\b${LEAD_VERB}\s+(?:a|an|the|our|your)?\s*(?:team|crew|group|staff|department) (?:of|with) (${COUNT})\s+(?:people|staff|employees|members|fte)\b|\b${LEAD_VERB}\s+(${COUNT})\s+(?:${PEOPLE})\b`,
    explain: 'evLeadsTeamCount',
    read: (m) => countFrom(m[1] ? 1 : m[2] ? 2 : 3)(m),
    examples: [
      'You will manage a 6-person team.',
      'Lead 14 nurses on the ward.',
      'Supervise seven technicians.',
      'Run a 20-strong kitchen brigade.',
    ],
    nearMisses: ['Work in a 6-person team.', 'Support 14 nurses with scheduling software.'],
  },
  {
    id: 'en.team.lead-the-team',
    signal: 'team',
    re: String.raw`\b${LEAD_VERB}\s+(?:(?:a|an|the|our|your|their|this|its|two|three|several|multiple)\s+)?(?:[\p{L}\p{N}'’&/-]+\s+){0,3}?${TEAM}\b(?!\s+(?:meetings?|projects?|events?|channels?|calendar|goals?|budget|sites?|ethos|spirit|building|outing|lunch)\b)`,
    explain: 'evLeadsTeam',
    examples: [
      'Lead and develop the customer support team.',
      'You will manage a small team of analysts.',
      'Responsible for the night shift.',
      'Head the finance department.',
    ],
    nearMisses: [
      'Lead team meetings when the manager is away.',
      'Work closely with the marketing team.',
      'Manage team projects.',
    ],
  },
  {
    id: 'en.team.team-led-by',
    signal: 'team',
    re: String.raw`\b(?:${TEAM}|${PEOPLE})\s+(?:that |which |who )?(?:you(?:'|’)ll|you will|you)\s+(?:lead|manage|run|supervise|build|head|oversee)\b|\byour (?:own )?(?:${TEAM})\s+of\s+(${COUNT})\b`,
    explain: 'evLeadsTeam',
    read: countFrom(),
    examples: ['The team you will lead builds our payments platform.', 'Your team of 9 handles all escalations.'],
    nearMisses: ['The team you will join builds our payments platform.'],
  },
  {
    // Executive and public-sector postings name the unit rather than its people: "provides leadership and direction for the IT unit".
    id: 'en.team.provide-leadership',
    signal: 'team',
    re: String.raw`\b(?:provide|provides|providing|give|gives|giving)\s+(?:overall\s+|strategic\s+|day-to-day\s+|operational\s+|managerial\s+|administrative\s+|executive\s+|supervisory\s+|direct\s+)?(?:leadership|management|direction|supervision)(?:\s*(?:,|and|&)\s*(?:[\p{L}-]+\s+)?(?:leadership|management|direction|supervision|guidance|oversight))*\s+(?:to|for|of|over)\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|all\s+|their\s+)?(?:[\p{L}\p{N}'’&/-]+\s+){0,4}?(?:${TEAM}|${PEOPLE})\b(?!\s+(?:meetings?|projects?|events?|goals?)\b)`,
    explain: 'evLeadsTeam',
    examples: [
      "Providing leadership, integrative management and direction for the agency's information technology unit.",
      'Provides day-to-day supervision to the custodial staff.',
      'Give direction to a team of field technicians.',
    ],
    nearMisses: [
      'Provide technical guidance to the team.',
      'Provide support to the leadership team.',
      'Provide thought leadership for the industry.',
    ],
  },
  {
    // The unit's head named as the holder's post: "serves as the Division Director of the Water Protection Division".
    id: 'en.team.serves-as-head',
    signal: 'team',
    re: String.raw`\b(?:serves?|serving|acts?|acting|will serve|will act)\s+as\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:director|chief|head|manager|supervisor|superintendent|administrator)\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\p{L}\p{N}'’&/-]+\s+){0,5}?${TEAM}\b`,
    explain: 'evLeadsTeam',
    examples: [
      'Serves as the Division Director of the Water Protection Division.',
      'The incumbent serves as chief of the Budget Branch.',
      'Acts as head of the claims department.',
    ],
    nearMisses: [
      'Serves as an advisor to the Division Director.',
      'Serves as the technical expert for the division.',
      'Acts as deputy to the head of department.',
    ],
  },
  {
    id: 'en.staff.supervise-people',
    signal: 'staff',
    re: String.raw`\b(?:supervis(?:e|es|ing)|line[- ]manag(?:e|es|ing)|manag(?:e|es|ing)|lead(?:s|ing)?|direct(?:s|ing)?(?!\s+reports\b)|oversee(?:s|ing)?|head(?:s|ing)?|evaluat(?:e|es|ing)|apprais(?:e|es|ing))(?:\s*(?:,|and|&|\/)\s*(?:supervis\w*|manag\w*|lead\w*|direct\w*|oversee\w*|coach\w*|mentor\w*|develop\w*|train\w*|motivat\w*|inspir\w*|evaluat\w*|apprais\w*|retain\w*|recruit\w*|hire|hires|hiring|schedul\w*|support\w*|guid\w*|empower\w*|grow\w*|engag\w*))*\s+(?:a |the |all |our |your |its |their |of |his |her )?${FEW_WORDS}(?:${PEOPLE})\b`,
    explain: 'evSupervisesStaff',
    examples: [
      'Supervise attorneys conducting intake and investigation.',
      'You will manage, coach and develop the support agents.',
      'Supervises all front-of-house staff.',
    ],
    nearMisses: [
      'Work with engineers across the company.',
      'Train customers on the product.',
      'Manage stakeholder relationships.',
      'This role has no direct reports.',
      'Mentor engineers across the company.',
    ],
  },
  {
    id: 'en.developing.people',
    signal: 'developing',
    re: String.raw`\b(?:coach(?:es|ing)?|mentor(?:s|ing)?|develop(?:s|ing)?|train(?:s|ing)?|motivat(?:e|es|ing)|inspir(?:e|es|ing)|retain(?:s|ing)?)${CHAIN}\s+(?:a |the |all |our |your |its |their |new |his |her )?(?:[\p{L}'’&/-]+\s+){0,3}?(?:${PEOPLE})\b`,
    explain: 'evDevelops',
    examples: ['Trains, develops, retains service and install technicians.', 'Coach and motivate the sales reps.'],
    nearMisses: ['Train customers on the product.', 'Develop software tools for our field service engineers.'],
  },
  {
    id: 'en.staff.first-line-supervisor',
    signal: 'staff',
    re: String.raw`\b(?:first|second)[- ]line (?:supervisor|manager)\b|\b(?<!\b(?:under|receives?|from|by|with) (?:the )?(?:general |close )?)(?:direct|line|immediate|full|day-to-day) (?:supervision|management|leadership|responsibility) (?:of|over|for)\s+(?:a |the |all |our |your )?${FEW_WORDS}(?:${PEOPLE}|${TEAM})\b(?!\s+(?:chief|manager|head|director|supervisor|lead|leader)\b)|\bexercis(?:e|es|ing) (?:full |direct )?supervis(?:ion|ory (?:authority|control|responsibility))\b|\bsupervisory (?:authority|control|duties|responsibilit(?:y|ies))\s+(?:over|for)\b`,
    explain: 'evSupervisesStaff',
    examples: [
      'The incumbent serves as first-line supervisor of 12 employees.',
      'Direct supervision of a team of eight technicians.',
      'Exercises supervisory authority over clerical staff.',
    ],
    nearMisses: ['Works under the direct supervision of the branch chief.', 'Receives day-to-day supervision from the lead.'],
  },
  {
    id: 'en.people-role.statement',
    signal: 'people-role',
    re: String.raw`\bsubordinates?\b|\b(?:work|lead) leader(?:ship)? role\b|\blead worker\b|\b(?:people|line|team|staff|personnel)[- ](?:management|leadership) (?:role|position|responsibilit(?:y|ies)|duties)\b|\b(?:a |this is a )(?:people|line|first-line|front-line|frontline|team)[- ](?:manager|leader|leadership role|management role)\b|\bsupervisory (?:role|position|responsibilit(?:y|ies)|duties)\b|\b(?:this|a|the) (?:management|managerial|leadership) (?:role|position)\b|\bpeople leader\b|\b(?:people|line|staff) management\b(?![- ](?:consult\w*|software|systems?|tools?|platform|experience))|\bmanager of (?:people|managers|engineers|teams)\b|\bline manager (?:to|for|of)\b|\b(?:as|be) (?:the |their |its )?(?:line|direct|people) manager\b`,
    explain: 'evPeopleRole',
    examples: [
      'This is a people-management role; you will not code.',
      'You will be the line manager for four analysts.',
      'Supervisory responsibilities include assigning work.',
    ],
    nearMisses: ['Report to the line manager on progress.', 'Experience with management consulting.'],
  },
  {
    // USAJOBS prints it among the announcement's basic facts, often under a heading of eligibility: a fact of the post.
    id: 'en.people-role.supervisory-status',
    signal: 'people-role',
    re: String.raw`\bsupervisory status\W{0,6}(?:supervisory|yes)\b|\b(?:direct reports|number of (?:direct )?reports|span of control)\W{1,4}(?:[1-9]\d?|one|two|three|four|five|six|seven|eight|nine|ten)\b`,
    postFact: true,
    explain: 'evPeopleRole',
    examples: ['Supervisory status: Supervisory', '**Supervisory status:** Yes', 'Direct reports: 4'],
    nearMisses: ['Supervisory status: No', 'Direct reports: none', 'Supervisory status: Non-supervisory'],
  },
  {
    id: 'en.hiring.hire',
    signal: 'hiring',
    re: String.raw`\b(?:hire|hires|hiring(?!\s+managers?\b)|recruit|recruits|recruiting|recruitment of|interview and (?:hire|select)|select and hire|onboard(?:s|ing)?)(?:\s*(?:,|and|&|\/)\s*[\p{L}-]+)*\s+(?:(?:new|the|your|our|top|great|talented|additional|and|all|\d+|${COUNT})\s+)*(?:[\p{L}-]+\s+)?(?:${PEOPLE}|team|teams|talent|staff|hires|candidates|crew)\b|\b(?:own|owns|owning|lead|leads|leading|drive|drives|driving|run|runs|running|responsible for|accountable for|make|makes|making)\s+(?:all\s+|the\s+)?(?:hiring|recruitment|recruiting|staffing)(?: decisions)?\b|\bstaffing decisions\b|\b(?:build|builds|building) (?:out )?(?:and (?:lead|manage|grow) )?(?:a|the|your|our) (?:[\p{L}-]+ ){0,2}?(?:team|crew|department|function|organi[sz]ation)\b|\b(?:grow|grows|growing) (?:the|your|a) (?:[\p{L}-]+ ){0,2}?team\b`,
    explain: 'evHires',
    examples: ['Hire, coach and retain team leads.', 'Build and lead a team of data engineers.', 'Own hiring for the squad.'],
    nearMisses: ['Hiring managers will review applications.', 'We are hiring a data engineer.'],
  },
  {
    id: 'en.reviews.performance',
    signal: 'reviews',
    re: String.raw`\b(?:performance (?:reviews?|appraisals?|evaluations?|management|conversations?|improvement plans?|goals|objectives|feedback)|apprais(?:e|es|ing|als?)|annual reviews?|disciplinary (?:action|matters|procedures|issues|process)|disciplin(?:e|es|ing) (?:staff|employees|team members|workers)|one[- ](?:on|to)[- ]ones?|1[:\-]1s?|1-on-1s?|hold (?:the team|them|staff|team members) accountable|set(?:s|ting)? (?:goals|objectives|targets|kpis) for (?:the|your|each) (?:team|staff|reports)|absence management|sickness absence)\b`,
    explain: 'evReviews',
    examples: [
      'Conduct routine performance reviews.',
      'Hold weekly 1:1s with each engineer.',
      'Handle disciplinary matters and sickness absence.',
    ],
    nearMisses: ['Participate in design reviews.', 'Review the performance of the database.'],
  },
  {
    id: 'en.scheduling.team-work',
    signal: 'scheduling',
    re: String.raw`\b(?:(?:schedul(?:e|es|ing)|rota(?:s)?|roster(?:s|ing)?|allocat(?:e|es|ing)|assign(?:s|ing)?|delegat(?:e|es|ing)|distribut(?:e|es|ing)|prioriti[sz](?:e|es|ing))\s+(?:the\s+|daily\s+|weekly\s+)?(?:work|tasks|duties|shifts|assignments|workload|jobs|caseloads)\s+(?:to|for|among|across|of)\s+(?:the\s+|your\s+|all\s+)?(?:team|staff|crew|${PEOPLE})|(?:schedul(?:e|es|ing)|rota|roster(?:s|ing)?)\s+(?:the\s+|all\s+)?(?:team|staff|crew|${PEOPLE})|(?:direct|directs|directing|plan|plans|planning|organi[sz]e|organi[sz]es|check|checks|checking|sign off|signs off|inspect|inspects|oversee|oversees|overseeing|coordinate|coordinates|coordinating) (?:and (?:check|inspect|sign off|direct|assign) )?(?:the\s+)?(?:daily\s+)?(?:work|tasks|activities|duties|output) of (?:the\s+|your\s+|a\s+|all\s+)?${FEW_WORDS}(?:team|staff|crew|${PEOPLE}|${TEAM})|staff(?:ing)? (?:schedules|rotas|rosters|levels))\b`,
    explain: 'evSchedules',
    examples: [
      'Assign daily tasks to the crew and sign off their work.',
      'Schedule staff and manage the rota.',
      'Direct the work of three clerks.',
      'Plan staffing levels for each shift.',
    ],
    nearMisses: ['Schedule meetings with clients.', 'Assign tickets to yourself.', 'Review the work of external auditors.'],
  },
  {
    id: 'en.developing.team-growth',
    signal: 'developing',
    re: String.raw`\b(?:career (?:development|growth|progression|paths?) (?:of|for) (?:your|the|each|team)|(?:develop|grow|coach|nurture|build)(?:s|ing)? (?:the |your )?(?:team(?:'s|’s)?|people(?:'s|’s)?|staff(?:'s|’s)?) (?:skills|capabilities|careers|talent|culture)|(?:team|staff|people) development|succession planning|(?:build|foster|shape)(?:s|ing)? (?:a |the )?(?:team|high-performing|positive|inclusive) (?:culture|environment)|high[- ]performing team)\b`,
    explain: 'evDevelops',
    examples: [
      "Develop the team's skills and careers.",
      'Own succession planning for the department.',
      'Build a high-performing team.',
    ],
    nearMisses: ['Develop new skills through our academy.'],
  },
  {
    id: 'en.managers.lead-managers',
    signal: 'managers',
    re: String.raw`\b(?:${LEAD_VERB}|develop|coach)\s+(?:a |the |your |our )?(?:${COUNT}\s+)?(?:group|team|layer|cadre)?\s*(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:managers|supervisors|team leads|team leaders|department heads|heads of department|directors|leads|foremen)\b|\b(?:managers|supervisors|team leads|team leaders|directors|heads)\s+(?:who\s+)?report(?:ing)?\s+(?:directly\s+)?to you\b|\bthrough (?:your |a team of |a group of )?(?:managers|team leads|team leaders|supervisors|leads)\b|\bmanager of managers\b`,
    explain: 'evLeadsManagers',
    examples: ['Lead a group of five engineering managers.', 'You will manage four supervisors.', 'Lead through team leads.'],
    nearMisses: ['Work with product managers.', 'Report to the managers.'],
  },
  {
    id: 'en.budget.owns',
    signal: 'budget',
    re: String.raw`\b(?:own|owns|owning|manage|manages|managing|control|controls|hold|holds|responsible for|accountable for|oversee|oversees|set|sets|setting|approve|approves|holder of)\s+(?:the\s+|a\s+|your\s+|its\s+|their\s+|our\s+)?(?:[\p{L}$€£\p{N},.-]+\s+){0,3}?(?:budgets?|p&l|p and l|profit and loss|headcount|cost cent(?:er|re)s?|hiring plan|payroll)\b|\b(?:budget|p&l|headcount) (?:owner|ownership|responsibility|holder)\b`,
    explain: 'evOwnsBudget',
    examples: [
      'Own the support budget and tooling roadmap.',
      'Full P&L responsibility for the region.',
      'Approve and finalize payroll.',
    ],
    nearMisses: ['Track spend against budget.', 'Forecast headcount for the finance team.'],
  },
  {
    id: 'en.running.operation',
    signal: 'running',
    re: String.raw`\b(?:(?:run|runs|running|head|heads|lead|leads|leading)\s+(?:the|a|an|our|your|its|all|two|three|several|multiple)\s+(?:day-to-day\s+|daily\s+|overall\s+)?|(?:manage|manages|managing|oversee|oversees|overseeing|direct|directs|directing|administer|administers|responsible for|in charge of|take charge of|accountable for)\s+(?:the\s+|a\s+|our\s+|your\s+|all\s+|its\s+|day-to-day\s+|daily\s+|overall\s+)*)(?:[\p{L}-]+\s+){0,2}?${OPERATION}\b(?:(?:'|’)s)?(?!\s+(?:software|code|tickets?|servers?|equipment)\b)`,
    explain: 'evRunsOperation',
    examples: ['Run the kitchen and its brigade.', 'Oversee day-to-day operations of the store.', 'Take charge of the ward.'],
    // "Our lead program is in Phase 2": lead, run and head name an operation only with a determiner after them.
    nearMisses: ['Work in the kitchen.', 'Manage the operations software.', 'Our lead program is in Phase 2.'],
  },
];
