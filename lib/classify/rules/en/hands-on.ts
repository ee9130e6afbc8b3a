import { COUNT, parseCount } from '../../numbers';
import { pattern, verbs } from '../../text/pattern';
import type { Around, Reading, RuleInput } from '../types';

/** Words that name the holder's own work, or time on people, near a stated share of time. */
const OWN_WORK = pattern(
  String.raw`\b(?:hands[- ]on|clinical(?:ly)?|patients?|bench|lab(?:oratory)?|coding|code|programming|writing|editing|developing|development|building|design(?:ing)?|research|experiment\w*|engineering|technical|own|yourself|himself|herself|themselves|personally|cook(?:ing)?|the line|the pass|stoves?|phones?|tickets?|calls|queue|counter|selling|sales|teach(?:ing)?|classroom|lessons|casework|case ?load|field ?work|on site|site work|tools|testing|modell?ing|analy[sz](?:is|ing)|treat(?:ing|ment)|care|practi[cs](?:e|ing)|billable|individual (?:contributor|contribution|work)|installing|repairing|drafting|surveying|inspections?|deliver(?:y|ing)|production work|shifts? on)\b`,
  'iu',
);
const PEOPLE_WORK = pattern(
  String.raw`\b(?:lead(?:ing|ership)|manag(?:e|ing|ement)|people|(?:the|your|their) (?:team|crew|staff|brigade|reports)|1:1s|one[- ](?:to|on)[- ]ones?|coaching|supervis\w*|planning|admin\w*|strategy|hiring|recruiting|growth of|protected (?:leadership |management )?time)\b`,
  'iu',
);

const SHARE_WORDS: Record<string, number> = {
  most: 0.7,
  majority: 0.65,
  'the majority': 0.65,
  'the large majority': 0.75,
  'the vast majority': 0.8,
  'the bulk': 0.7,
  bulk: 0.7,
  much: 0.6,
  half: 0.5,
  'the other half': 0.5,
  'a third': 0.33,
  'one third': 0.33,
  'a quarter': 0.25,
  'two-thirds': 0.67,
  'two thirds': 0.67,
  'three-quarters': 0.75,
  'three quarters': 0.75,
  'a fifth': 0.2,
};

function shareOf(raw: string): number | undefined {
  const range = /(\d{1,3})\s?(?:[-–]|to)\s?(\d{1,3})\s?%/.exec(raw);
  if (range) return Math.min(100, (Number(range[1]) + Number(range[2])) / 2) / 100;
  const pct = /(\d{1,3})\s?%/.exec(raw);
  if (pct) return Math.min(100, Number(pct[1])) / 100;
  return SHARE_WORDS[raw.toLowerCase().replace(/\s+/g, ' ').trim()];
}

/** Which kind of work the nearest words name: after the share first ("half your week coding"), else before it ("on the tools most of the day"). */
function activityNear(after: string, before: string): 'own' | 'people' | undefined {
  const first = (text: string, fromEnd: boolean): 'own' | 'people' | undefined => {
    let best: { at: number; kind: 'own' | 'people' } | undefined;
    for (const [kind, re] of [
      ['own', OWN_WORK],
      ['people', PEOPLE_WORK],
    ] as const) {
      const all = [...text.matchAll(new RegExp(re.source, 'giu'))];
      const m = fromEnd ? all[all.length - 1] : all[0];
      if (!m) continue;
      const at = fromEnd ? text.length - (m.index ?? 0) : (m.index ?? 0);
      if (!best || at < best.at) best = { at, kind };
    }
    return best && best.at < 70 ? best.kind : undefined;
  };
  return first(after, false) ?? first(before, true);
}

/** A stated share of working time and what it goes on. */
function readShare(m: RegExpExecArray, around: Around): Reading | null {
  const share = shareOf(m.groups?.portion ?? '');
  if (share === undefined) return null;
  const kind = activityNear(`${m.groups?.rest ?? ''} ${around.after}`, around.before);
  if (!kind) return null;
  return { share, shareOnPeople: kind === 'people' };
}

const PORTION = String.raw`(?<portion>\d{1,3}(?:\s?(?:[-–]|to)\s?\d{1,3})?\s?%|most|the (?:large |vast )?majority|majority|the bulk|much|the other half|half|a third|one third|a quarter|two[- ]thirds|three[- ]quarters|a fifth)`;
const TIME = String.raw`(?:(?:of\s+)?(?:(?:your|the|their|his|her|its|each|every|our|the incumbent(?:'|’)s|the role(?:'|’)s|this role(?:'|’)s|the position(?:'|’)s)\s+)?(?:own\s+)?(?:working\s+)?(?:time|week|weeks|day|days|shifts?|sessions|hours|role|job|workload|schedule|month))`;

/** Verbs of doing the craft oneself. A clause that starts with one is the holder's own work (unless it leads people too). */
const CRAFT_VERBS = verbs([
  'design',
  'develop software',
  'develop code',
  'build',
  'code',
  'program',
  'implement',
  'test',
  'debug',
  'deploy',
  'configure',
  'install',
  'repair',
  'troubleshoot',
  'fix',
  'diagnose',
  'treat',
  'assess patients',
  'examine',
  'administer medications?',
  'dispense',
  'verify',
  'cook',
  'bake',
  'grill',
  'serve(?! as\\b)',
  'clean',
  'drive',
  'operate',
  'weld',
  'wire',
  'fit',
  'assemble',
  'machine',
  'fabricate',
  'inspect',
  'survey',
  'measure',
  'sample',
  'analyze',
  'analyse',
  'research',
  'investigate',
  'audit',
  'draft',
  'edit',
  'write',
  'photograph',
  'film',
  'teach',
  'instruct',
  'tutor',
  'grade',
  'mark',
  'counsel',
  'care for',
  'provide (?:direct |hands-on |patient |nursing |clinical |technical )?(?:care|treatment|therapy|support to customers|customer service)',
  'answer',
  'greet',
  'sell',
  'prospect',
  'negotiate',
  'close',
  'calculate',
  'reconcile',
  'translate',
  'model',
  'compile',
  'interview (?:clients|patients|witnesses|customers|users)',
  'draw',
  'paint',
  'lecture',
  'litigate',
  'argue',
  'prosecute',
  'defend',
  'underwrite',
  'adjust claims',
  'pick',
  'pack',
  'load',
  'unload',
  'stock',
  'merchandise',
  'style',
  'cut',
  'shampoo',
  'manage (?:a |your |their )?(?:own )?(?:caseload|case load|portfolio of clients|book of business|accounts)',
  'carry out',
  'engineer',
  'architect',
  'optimi[sz]e',
  'automate',
  'script',
  'query',
  'visuali[sz]e',
  'forecast',
  'price',
  'quote',
  'estimate',
  'lay',
  'frame',
  'pour',
  'plaster',
  'plumb',
  'dig',
  'harvest',
  'plant',
  'feed',
  'milk',
  'groom',
  'vaccinate',
  'run (?:tests|experiments|analyses|assays|samples|queries|campaigns)',
  'process (?:claims|orders|payments|payroll|invoices|samples)',
  'prepare (?:financial|tax|monthly|annual|food|meals|dishes|reports?|drawings|plans|returns|statements|samples|briefs)',
  'review (?:code|contracts|documents|claims|applications|designs|plans|files)',
  'resolve',
  'respond to',
  'file',
  'record',
]);
/** Verbs of a duty that could be anyone's: read apart from the craft, so a manager's list of them does not look hands-on. */
const TASK_VERBS = verbs([
  'provide',
  'support',
  'maintain',
  'conduct',
  'perform',
  'handle',
  'develop',
  'prepare',
  'process',
  'review',
  'create',
  'produce',
  'track',
  'update',
  'check',
  'document',
  'assist',
  'participate',
  'serve as',
  'act as',
  'attend',
  'advise',
  'communicate',
  'liaise',
  'collaborate',
  'work',
  'take',
  'identify',
  'promote',
  'follow',
  'complete',
  'arrange',
]);
/** Verbs of running things rather than doing them: a duty list full of these is a manager's. */
const OVERSIGHT_VERBS = verbs([
  'oversee',
  'ensure',
  'approve',
  'authori[sz]e',
  'establish',
  'set',
  'direct',
  'administer',
  'coordinate',
  'monitor',
  'evaluate',
  'implement',
  'enforce',
  'allocate',
  'plan',
  'organi[sz]e',
  'prioriti[sz]e',
  'delegate',
  'drive',
  'champion',
  'represent',
  'manage',
  'lead',
  'head',
  'run',
  'chair',
  'govern',
  'steer',
  'define',
  'shape',
  'own',
  'guide',
  'schedule',
]);

export const HANDS_ON: RuleInput[] = [
  {
    id: 'en.time-split.share',
    signal: 'time-split',
    re: String.raw`\b${PORTION}\s+${TIME}\b(?<rest>[^.;\n]{0,60})|\b(?<portion2>\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?%)\s+(?<rest2>(?:of\s+)?(?:hands[- ]on|clinical|coding|technical|practical|leadership|management|people|individual|personal|own|selling|sales|development|direct|field|bench|production|client|patient|supervis\w*|training|coaching)[^.;\n]{0,40})`,
    explain: 'evTimeShare',
    read: (m, around) =>
      m.groups?.portion2
        ? readShare(
            { ...m, groups: { portion: m.groups.portion2, rest: m.groups.rest2 ?? '' } } as unknown as RegExpExecArray,
            around,
          )
        : readShare(m, around),
    examples: [
      'You will spend most of your time on people, delivery and planning.',
      'About 60% hands-on, 40% leading the team.',
      'Half of your week will be spent coding.',
      'Expect roughly 70% of your time on direct patient care.',
      'We estimate around 60-70% of your week writing code yourself.',
      'Stay on the tools most of the day.',
      'These technical duties make up approximately half of the incumbent’s time.',
    ],
    nearMisses: ['60% of our customers are in Europe.', 'Most of the team works remotely.', 'Half day on Saturday.'],
  },
  {
    id: 'en.time-split.days',
    signal: 'time-split',
    re: String.raw`\b(?<n>${COUNT}|most|several)\s+(?:(?:out\s+)?of\s+(?<of>${COUNT})\s+)?(?:days|shifts|sessions|periods|lessons|classes|services)(?:\s+(?:a|per|each|of (?:the|a|each|your|every))\s+(?:week|fortnight|day|timetable|cycle|month))?\b`,
    explain: 'evTimeShare',
    read: (m, around) => {
      const g = m.groups ?? {};
      const n = g.n === 'most' ? 4 : g.n === 'several' ? 3 : (parseCount(g.n ?? '') ?? 0);
      const of = g.of ? (parseCount(g.of) ?? 0) : /month/i.test(m[0]) ? 20 : 5;
      if (!n || !of || n > of) return null;
      const kind = activityNear(around.after, around.before);
      return kind === 'own' ? { share: n / of } : null;
    },
    examples: [
      'Four days a week on the tools.',
      'You will teach four of six periods a day.',
      'Three days a week in clinic seeing patients.',
    ],
    nearMisses: ['Three days a week in the office.', 'Two days a week from home.'],
  },
  {
    id: 'en.hands-on.explicit',
    signal: 'hands-on',
    re: String.raw`\bhands[- ]on\b(?!\s+(?:experience|knowledge|training|expertise|exposure|background|familiarity)\b)|\bplayer[- ]coach\b|\bworking (?:manager|supervisor|foreman|forewoman|chef|lead|leader|head|owner)\b|\broll(?:s|ing)? up (?:your|their|his|her|our) sleeves\b|\bon the tools\b|\bin the trenches\b|\b(?:alongside|with) (?:your|the|their) (?:team|crew|staff|brigade|engineers|cooks|technicians|nurses|reps)\b|\bas well as (?:leading|managing|supervising|running|coaching)\b|\b(?:while|whilst) (?:also |still )?(?:leading|managing|supervising|running|coaching)\b|\bin addition to (?:leading|managing|supervising|running|your (?:team|people|leadership|management))\b|\bstill (?:write|writes|writing|code|codes|coding|sell|sells|selling|treat|treats|treating|teach|teaches|teaching|cook|cooks|cooking|see|sees|seeing) \b|\bstay(?:s|ing)? (?:close to|in) the (?:code|craft|work|tools)\b|\bindividual contributions?\b|\bcontribut(?:e|es|ing) (?:code|hands-on|as an? (?:individual|engineer|developer|designer))\b|\b(?:your|their|his|her) own (?:caseload|case load|quota|patients|clients|book of business|book|territory|accounts|portfolio|code|projects|classes|students|patient list|docket|cases|designs|deals|pipeline|sales target)\b|\bcarr(?:y|ies|ying) (?:a |an |your own |their own |own |a personal |an individual )?(?:[\p{L}$€£\p{N}.,]+ )?(?:quota|caseload|case load|patient load|book of business|sales target|billable (?:hours|target))\b|\bbillable (?:hours|work|target)\b|\b(?:a|your|their) (?:full|reduced|partial|light|part|\d{1,3}%) (?:teaching )?(?:timetable|caseload|case load|teaching load|clinical load|patient load)\b|\bremain(?:s|ing)? (?:a |an )?(?:practising|practicing|active|working|billable|hands-on)\b`,
    explain: 'evHandsOn',
    examples: [
      'A player-coach role: you carry your own $3M quota while managing four reps.',
      'Lead the crew while remaining on the tools most of the day.',
      'You will still write code most weeks.',
      'Teach a reduced timetable alongside your head of department duties.',
    ],
    nearMisses: ['Hands-on experience with Kubernetes is required.', 'You will lead the team.'],
  },
  {
    // The craft said as where the holder stands and how often: "at the stove, not in the office", "on the line for every service".
    id: 'en.hands-on.at-the-work',
    signal: 'hands-on',
    re: String.raw`\b(?:at|on|behind) the (?:stove|stoves|bench|chair|wheel|pass|line|floor|tools|counter|bar|drawing board|keyboard),? (?:and )?not (?:in|at|behind) (?:the|an?) (?:office|desk|spreadsheets?|laptop)\b|\bon the (?:line|floor|pass|tools|shop floor|ward|road) (?:for|during|at|in|on) (?:every|each|all|most) (?:busy |peak |main )?(?:services?|shifts?|days?|nights?)\b|\b(?:you(?:'|’)ll|you will|you(?:'|’)re|you are) (?:still |also )?(?:be )?(?:cooking|coding|teaching|selling|nursing|designing|writing code|treating patients|on the tools|behind the chair|on the line)\b(?! (?:team|managers?|leads?)\b)`,
    explain: 'evHandsOn',
    examples: [
      "You'll be cooking. Our head chefs are at the stove, not in the office.",
      'Expect to be on the line for every busy service.',
      'You will still be coding most weeks.',
    ],
    nearMisses: ['Our office is next to the station.', 'You will be leading the line team.', 'Call the service line for help.'],
  },
  {
    id: 'en.craft.practice',
    signal: 'craft',
    re: String.raw`\b(?:writ(?:e|es|ing) (?:production |clean |quality |the |most of the )?code|cod(?:e|es|ing) (?:in|reviews?|daily|every day)|pair[- ]programming|ship(?:s|ping)? code|(?:direct|bedside|hands-on|patient|clinical|nursing) care|(?:cook|cooks|cooking|work|works|working|run|runs|running) (?:the |on the |a )?(?:line|grill|pass|sauté|saute|fryer|wok|station|section)(?: station)?|(?:deliver|delivers|delivering|teach|teaches|teaching) (?:lessons|classes|courses|periods|seminars|lectures|modules)|see(?:s|ing)? (?:your own |their own )?patients|(?:carry|carries|carrying|manage|manages|managing|hold|holds|holding|maintain|maintains|maintaining) (?:a |an |your )?(?:own )?(?:caseload|case load|patient (?:list|panel|load))|(?:verif(?:y|ies|ying)|dispens(?:e|es|ing)) (?:prescriptions|medications?|medicines)|(?:operat(?:e|es|ing)) (?:(?:the|a|survey|gps|total station|heavy|lab(?:oratory)?|field)\s+){0,3}(?:instruments?|equipment|machinery|total stations?|forklifts?|cranes?|excavators?|machines)|(?:prospect(?:s|ing)?|clos(?:e|es|ing) (?:deals|business|sales))|(?:fieldwork|bench work|lab work|site inspections|field surveys?))\b`,
    explain: 'evOwnWork',
    examples: [
      'You will not be writing production code.',
      'Cook the grill station every service.',
      'Most of the week on the bench verifying prescriptions.',
      'Operate the survey instruments and GPS.',
      'Deliver lessons to three Year 9 classes.',
    ],
    nearMisses: ['Our code of conduct applies to everyone.', 'Care about quality.'],
  },
  {
    // Inspectors, auditors and investigators doing the examinations themselves, as their supervisors often still do.
    id: 'en.craft.examinations',
    signal: 'craft',
    re: String.raw`\b(?:conduct|conducts|conducting|perform|performs|performing|make|makes|making|carry out|carries out|carrying out|undertake|undertakes|undertaking|complete|completes|completing)\s+(?:(?:the|joint|special|field|site|routine|daily|weekly|regular|on-site|onsite|physical|own|complex|safety|quality|final|technical|detailed)\s+){0,3}(?:inspections|examinations|audits|investigations|field surveys|site visits|plan reviews|plan examinations)\b(?!\s+(?:of|on) (?:the |your |their )?(?:team|staff|employees|people)\b)`,
    explain: 'evOwnWork',
    examples: [
      'Makes joint inspections with other inspectors and makes special field inspections.',
      'Performing daily inspections of the manufacturing facility.',
      'Conducts complex audits of grant recipients.',
    ],
    nearMisses: [
      'Conduct performance reviews for the team.',
      'Schedule inspections for the inspectors.',
      'Conduct audits of the team.',
    ],
  },
  {
    id: 'en.craft.duty-verb',
    signal: 'craft',
    atClauseStart: true,
    re: String.raw`(?<verb>${CRAFT_VERBS})\b`,
    explain: 'evOwnWork',
    examples: [
      'Design and build batch pipelines in Spark.',
      'Prepare monthly financial statements.',
      'You will treat patients across the outpatient clinic.',
      'Responsible for preparing monthly financial statements.',
      'Installs and repairs HVAC systems.',
    ],
    nearMisses: [
      'Supervise the team of installers.',
      'Lead the engineering organisation.',
      'This position serves as the program lead.',
    ],
  },
  {
    id: 'en.oversight.duty-verb',
    signal: 'oversight',
    atClauseStart: true,
    re: String.raw`(?<verb>${OVERSIGHT_VERBS})\b`,
    explain: 'evOversight',
    examples: ['Oversees the fulfilment of the product vision.', 'Ensure work is completed to code.'],
    nearMisses: ['Install and repair the systems.'],
  },
  {
    id: 'en.task.duty-verb',
    signal: 'task',
    atClauseStart: true,
    re: String.raw`(?<verb>${TASK_VERBS})\b`,
    explain: 'evTask',
    examples: [
      'Maintain accurate documentation of installation processes.',
      'The incumbent is responsible for developing programs.',
    ],
    nearMisses: ['Supervise the warehouse staff.'],
  },
  {
    id: 'en.hands-on.both',
    signal: 'hands-on',
    re: String.raw`\b(?:supervis(?:e|es|ing)|lead(?:s|ing)?|manag(?:e|es|ing)|oversee(?:s|ing)?|direct(?:s|ing)?) and (?:personally )?(?:perform(?:s|ing)?|conduct(?:s|ing)?|carr(?:y|ies|ying) out|do(?:es)?)\b|\b(?:perform(?:s|ing)?|conduct(?:s|ing)?) and (?:supervis(?:e|es|ing)|lead(?:s|ing)?|oversee(?:s|ing)?)\b|\bpersonally (?:perform|conduct|handl|compil|prepar|develop|design|build|writ|review|inspect|examin|investigat|analy[sz]|test|sell|treat|teach|cook|install|repair|carr)\w*|\b(?:while|whilst|as well as|and also|but also) (?:also |still |personally )?(?:designing|developing|building|coding|writing|performing|conducting|selling|treating|teaching|cooking|installing|repairing|inspecting|analy[sz]ing|testing|creating|producing|drafting|preparing|compiling|carrying out|serving|examining|investigating|reviewing (?:and|plans|designs|code))\b`,
    explain: 'evHandsOn',
    examples: [
      'Supervises and performs plan examinations.',
      'Supervises attorneys while personally compiling statistical reports.',
      'Leads the developers while also designing and developing applications.',
    ],
    nearMisses: [
      'Supervises and evaluates the staff.',
      'Leads the team while ensuring compliance.',
      'Leads the team while also handling budgets of several million dollars.',
    ],
  },
  {
    id: 'en.not-hands-on.explicit',
    signal: 'not-hands-on',
    re: String.raw`\bhands[- ]off\b|\bno longer (?:code|codes|coding|write|writes|writing|do|does|doing|treat|treating|teach|teaching|cook|cooking|sell|selling|carry|carrying|work(?:ing)? on the)\b|\b(?:step|steps|stepping|move|moves|moving) (?:away|back) from (?:hands-on|the tools|coding|the code|day-to-day (?:coding|delivery|casework|selling)|individual contribution)\b|\byour (?:job|role|success|focus|impact) (?:is|will be) (?:to (?:make|grow|build|develop|enable|support) (?:the|your) (?:team|people|engineers|staff)|measured by (?:the|your) team(?:'s|’s)?|(?:all )?about (?:the|your) (?:team|people))\b|\bthrough (?:others|your team|your people|the team)\b|\b(?:little|minimal|limited|no) (?:hands-on|coding|individual contribution|clinical (?:work|duties)|teaching|casework|selling)\b|\b(?:full[- ]time|dedicated|pure|purely a|100%) (?:people |line )?(?:management|leadership|manager) (?:role|position)?\b`,
    explain: 'evNotHandsOn',
    examples: [
      'This is a hands-off leadership role.',
      'Your job is to make the team great.',
      'You will no longer carry a caseload.',
      'A dedicated people management role.',
    ],
    nearMisses: ['Hands-on leadership of the kitchen.'],
  },
];
