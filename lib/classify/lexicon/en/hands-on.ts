import { words } from '../../../i18n/words';
import { fixed, type Pattern } from '../types';

/** Hands-on work of one's own, stated time splits, and statements that there is none. */
export const HANDS_ON: Pattern[] = [
  // --- Hands-on work of one's own.
  fixed(
    /\b(?:(?:own|individual|personal|full|clinical|active|small|reduced|manageable|varied) )?caseload\b/gi,
    'hands-on',
    2.5,
    words('whyCarriesACaseloadOfTheirOwn'),
  ),
  fixed(
    /\bpatient (?:assignment|load|care assignment|allocation|list)\b/gi,
    'hands-on',
    2.5,
    words('whyCarriesPatientsOfTheirOwn'),
  ),
  fixed(/\b(?:direct patient care|hands-on (?:patient )?care|bedside)\b/gi, 'hands-on', 2, words('whyGivesDirectCare')),
  fixed(
    /\b(?:(?:own|personal|individual) (?:sales )?(?:quota|target|revenue target|book of business|portfolio)|carr(?:y|ies|ying) (?:a |an |their own )?(?:personal )?(?:[$£€][\d.,]+\s?[mk]? )?(?:sales )?quota)\b/gi,
    'hands-on',
    2.5,
    words('whyCarriesAQuotaOfTheirOwn'),
  ),
  fixed(
    /\b(?:stay(?:s|ing)?|remain(?:s|ing)?|be|being|still|very|deeply) hands[- ]on\b/gi,
    'hands-on',
    2.5,
    words('whyStaysHandsOn'),
  ),
  fixed(/\bhands[- ]on\b/gi, 'hands-on', 1, words('whyHandsOnWork')),
  fixed(
    /\bhands[- ]on (?:leader(?:ship)?|manager|management|approach|style|attitude|mentality|mindset)\b/gi,
    'hands-on',
    0.3,
    words('whyDescribesAHandsOnLeadershipStyle'),
    { priority: 2 },
  ),
  fixed(
    /\b(?:you'll|you will|you'd|expect to) (?:also |still )?be (?:cooking|coding|programming|designing|teaching|selling|writing|treating patients|nursing|building|baking|repairing|fixing|drafting|operating|driving|cutting|serving|on the tools|on the floor|on the line)\b/gi,
    'hands-on',
    2,
    words('whyDoesTheHandsOnWorkToo'),
  ),
  fixed(
    /\b(?:also|still|continue to|keep) (?:cook|code|program|design|teach|sell|write|treat|build|bake|repair|draft|see patients|carry|handle|run)s?\b/gi,
    'hands-on',
    1.2,
    words('whyKeepsDoingTheWorkToo'),
  ),
  // Not where the week is spent ("in the office three days a week", "two days a week from home"): that is hybrid working.
  fixed(
    /(?<!\b(?:office|home|on[- ]?site|in[- ]person|remotely?|hybrid|hq)\s+(?:for\s+)?)\b(?:one|two|three|four|five|six|\d)(?: (?:or|to) (?:two|three|four|five|six|\d))? (?:nights|days|shifts|evenings|mornings|sessions) (?:a|per|each) week\b(?!,? (?:in|at|from) (?:the |our |your )?(?:office|home|hq|site)|,? on[- ]?site|,? remotely)/gi,
    'hands-on',
    1,
    words('whyWorksShiftsOnTheFrontLine'),
  ),
  fixed(
    /\bboth (?:a |an |our |the )?(?:[\w-]+ ){0,4}?(?:\w+(?:er|or|ist|ian|ant)) and (?:a |an |our |the )?(?:[\w-]+ ){0,3}?(?:lead|leader|manager|supervisor|head)\b/gi,
    'time-split',
    2.5,
    words('whyIsBothAPractitionerAndTheTeam'),
    { negatable: false },
  ),
  fixed(
    /\b(?:writ(?:e|es|ing)|ship(?:s|ping)?|review(?:s|ing)?)(?: and (?:writ|review|ship|test)\w*)? (?:production |lots of |a lot of |most of the |real )?code\b|\bcoding\b/gi,
    'hands-on',
    1.5,
    words('whyWritesCode'),
  ),
  fixed(
    /\b(?:on the tools|on the line|work(?:s|ing)? the (?:line|grill|pass|floor|bar|till|counter|register|station|desk)|cook(?:s|ing)? (?:on )?the line|at the bench|on the (?:shop |sales )?floor|behind the (?:bar|counter))\b/gi,
    'hands-on',
    2,
    words('whyWorksOnTheFrontLine'),
  ),
  fixed(
    /\b(?:teaching (?:load|timetable)|of a full timetable|classroom teaching|teach(?:es|ing)? (?:a |an |the |your )?(?:[\w-]+ )?(?:timetable|classes|lessons|courses|sessions))\b/gi,
    'hands-on',
    2.5,
    words('whyTeachesClasses'),
  ),
  fixed(/\bpersonally\b/gi, 'hands-on', 1.2, words('whyDoesPartOfTheWorkPersonally')),
  fixed(
    /\b(?:with|keep|keeping|keeps) (?:your|their) own (?!team|staff|people|department|unit|reports)[\w-]+/gi,
    'hands-on',
    1.5,
    words('whyKeepsWorkOfTheirOwn'),
  ),
  fixed(
    /\bwork(?:s|ing)? clinically\b|\bclinical (?:shifts|sessions|practice) of (?:your|their) own\b/gi,
    'hands-on',
    2,
    words('whyWorksClinically'),
  ),
  fixed(
    /\b(?:during|in|on|for) (?:every|each) (?:[\w-]+ )?(?:and [\w-]+ )?(?:service|shift)\b/gi,
    'hands-on',
    1.5,
    words('whyWorksEveryService'),
  ),
  fixed(
    /\b(?:run|carry(?: out)?|handle|hold|keep|maintain|manage|own|deliver|design and deliver|see|seeing|take|taking|teach|teaching|do|doing|work on|working on) (?:your|their|his or her|an?) own (?!team|staff|people|department|unit|function|reports)[\w-]+/gi,
    'hands-on',
    2,
    words('whyKeepsWorkOfTheirOwn'),
  ),
  fixed(
    /\bthroughout (?:your|the|each|every) (?:shift|day|service|week)\b/gi,
    'hands-on',
    1.5,
    words('whyWorksOnTheFrontLineThroughoutThe'),
  ),
  fixed(
    /\b(?:make|makes|making|serve|serves|serving|prepare|prepares|preparing|pour|pours|pouring) (?:drinks|food|coffee|meals|dishes|cocktails|orders)\b/gi,
    'hands-on',
    1.5,
    words('whyServesCustomersDirectly'),
  ),
  fixed(
    /\b(?:cook|code|teach|sell|nurse|build|work|serve|bake|drive|repair|treat|design|write)(?:s|ing)? (?:on )?(?:every|each|most|all) (?:services?|shifts?|days?|nights?|weeks?|sessions?)\b/gi,
    'hands-on',
    2,
    words('whyDoesTheWorkEveryShift'),
  ),
  // "you'll brew on our kit several days a week": the holder's own work, by the week.
  fixed(
    /\byou(?:'ll|’ll| will) (?!be\b|work from\b|come\b|travel|visit|meet|attend|lead|manage|spend|join|report|hold|run\b)[a-z]+ (?:[\w'’-]+ ){0,6}?(?:several|two|three|four|most|a few) days (?:a|per|each|every) week\b(?!,? (?:in|at|from) (?:the |our |your )?(?:office|home|hq|site)|,? on[- ]?site|,? remotely)/gi,
    'hands-on',
    2,
    words('whyDoesTheWorkSeveralDaysAWeek'),
  ),
  // "while remaining a strong individual contributor": leading without giving up one's own work.
  fixed(
    /\b(?:remain(?:s|ing)?|stay(?:s|ing)?|still|continu(?:e|es|ing) (?:to be|as)) (?:an? )?(?:strong |active |hands-on |productive |senior )?individual[- ]contributor\b/gi,
    'hands-on',
    2.5,
    words('whyStaysAnIndividualContributor'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:alongside|next to|side by side with) (?:them|your team|the team you lead|your reports|your crew)\b/gi,
    'hands-on',
    1.2,
    words('whyWorksAlongsideTheTeam'),
  ),
  fixed(
    /\b(?:yourself|themselves|your own (?:work|projects|accounts|cases|designs|analysis|design work|matters|clients|portfolio|docket|book|patients|classes|territory|practice|research|code|deals))\b/gi,
    'hands-on',
    1.5,
    words('whyDoesTheWorkThemselves'),
  ),
  fixed(
    /\b(?:most|majority|bulk|much|half|large part|significant (?:part|portion)) of (?:your|the|their|his or her|the holder's) (?:time|week|day|shift|job|role|working week)\b/gi,
    'hands-on',
    2.5,
    words('whySpendsMuchOfTheTimeOnOwn'),
  ),
  fixed(
    /\b(?:individual|own|personal) (?:delivery|work|contribution|output)\b/gi,
    'hands-on',
    1,
    words('whyDeliversWorkPersonally'),
  ),
  fixed(
    /\b(?:while|whilst|as well as|alongside|in addition to|on top of) (?:\w+ing|also|still|continuing|remaining|staying|carrying|leading|managing|supervising)\b/gi,
    'hands-on',
    0.8,
    words('whyCombinesLeadingWithDoing'),
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
        explanation: words('whyHandsOnShare', Math.round(handsOnShare * 100)),
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
        explanation: words('whyHandsOnShare', Math.round(handsOnShare * 100)),
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
        explanation: words('whyShareOfFullLoad', Math.round(handsOnShare * 100)),
      };
    },
  },
  fixed(
    /\b(?:50\/50|half (?:and|of the time) half|split (?:evenly|equally) between)\b/gi,
    'time-split',
    3,
    words('whySplitsTimeEvenlyBetweenLeadingAndDoing'),
    { negatable: false },
  ),

  // --- Stated absence of hands-on work.
  fixed(
    /\b(?:will not|won't|does not|doesn't|do not|don't|not expected to|no longer|never|not be expected to|is not|are not|isn't|aren't|will not be|rather than|instead of|not)\s+(?:\w+\s+){0,2}?(?:writ(?:e|ing)|ship(?:ping)?|carry(?:ing)?|work(?:ing)?|teach(?:ing)?|build(?:ing)?|prepar(?:e|ing)|cook(?:ing)?|run(?:ning)?|cover(?:ing)?|see(?:ing)?|treat(?:ing)?|sell(?:ing)?|design(?:ing)?|do(?:ing)?|perform(?:ing)?|stock(?:ing)?)\b(?:\s+\w+){0,4}?\s+(?:code|the line|a station|patients?|a patient assignment|caseload|cases|quota|models?|entries|the entries|the bench|classes|lessons|pager|on-call|service|a single site|day-to-day|hands-on work|individual work|themselves|itself|yourself|the work)\b/gi,
    'not-hands-on',
    3.5,
    words('whyStatesTheHandsOnWorkIsDone'),
    { priority: 5 },
  ),
  fixed(
    /\bno (?:personal |individual |own |formal )?(?:quota|caseload|patient assignment|patient load|teaching (?:load|commitment)|timetabled teaching|teaching timetable|clinical (?:work|duties|caseload)|coding|bench work|hands-on (?:work|duties))\b/gi,
    'not-hands-on',
    3.5,
    words('whyCarriesNoHandsOnLoadOfIts'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:done|performed|carried out|handled|delivered) by (?:the|your) (?:team|staff|crew|reports)\b/gi,
    'not-hands-on',
    2.5,
    words('whyTheTeamDoesTheHandsOnWork'),
    { priority: 4 },
  ),
  fixed(
    /\b(?:only occasional(?:ly)?|occasionally cover|rarely)\b/gi,
    'not-hands-on',
    1.5,
    words('whyCoversTheFrontLineOnlyOccasionally'),
  ),
  fixed(/\b(?:absent from|not part of|outside) (?:the|this) role\b/gi, 'not-hands-on', 2, words('whyHandsOnWorkIsNotPartOf')),
];
