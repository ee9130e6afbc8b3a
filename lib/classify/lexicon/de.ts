import { words } from '../../i18n/words';
import { COUNT } from '../numbers';
import { counted, fixed, type Pattern, teamSize } from './types';

/** German: "Personalverantwortung", "disziplinarische Führung", "Führung eines Teams von 8". */
export const DE_PATTERNS: Pattern[] = [
  fixed(
    /\b(?:keine|ohne) (?:disziplinarische |direkte )?(?:Personalverantwortung|Führungsverantwortung|Mitarbeiterverantwortung|Führungsaufgaben|direkten Berichte)\b/gi,
    'no-authority',
    4,
    words('whyStatesThereIsNoPeopleResponsibility'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:als )?(?:Individual Contributor|Einzelbeitragende[rn]?|Fachkarriere|Expertenlaufbahn|Expertenrolle)\b/gi,
    'no-authority',
    3,
    words('whyDescribesAnExpertTrackWithoutReports'),
    { priority: 5 },
  ),
  fixed(/\bfachliche Führung\b/gi, 'influence-only', 1.5, words('whyLeadsByExpertiseNotByAuthority')),
  fixed(
    /\b(?:disziplinarische[nr]? (?:Führung|Verantwortung|Vorgesetzte[rn]?)|Personalverantwortung|Führungsverantwortung|Mitarbeiterführung|Führungskraft|Personalführung)\b/gi,
    'authority',
    3.5,
    words('whyCarriesFormalPeopleResponsibility'),
    { priority: 3 },
  ),
  teamSize(
    new RegExp(
      String.raw`\b(?:Führung|Leitung|führen|leiten|Verantwortung für)\s+(?:eines|eine[ns]?|Ihres|Ihr|dein(?:es)?|unser(?:es)?)?\s*(?:[\wäöüß-]+\s+){0,2}?(?:Teams?|Abteilung|Gruppe|Mannschaft)\s+(?:von|mit)\s+(${COUNT})`,
      'gi',
    ),
    3.5,
    (c) => counted(c, 'whyLeadsATeamOfNPeople', 'whyLeadsATeamOfSeveral'),
    4,
  ),
  teamSize(
    new RegExp(
      String.raw`\b(${COUNT})\s+(?:[\wäöüß-]+\s+){0,2}?(?:Mitarbeitende[n]?|Mitarbeiter(?:innen)?|Mitarbeiter:innen|Entwickler(?:innen)?|Beschäftigte[n]?|Personen)\s+(?:\w+\s+){0,3}?(?:berichten|unterstellt)`,
      'gi',
    ),
    4,
    (c) => counted(c, 'whyNPeopleReport', 'whySeveralPeopleReport'),
    5,
  ),
  fixed(
    /\b(?:Mitarbeitergespräche|Jahresgespräche|Personalentwicklung|Einstellungen|Rekrutierung|Recruiting|Personaleinsatzplanung|Dienstplan)\b/gi,
    'authority',
    1.2,
    words('whyRunsHiringReviewsOrStaffPlanning'),
  ),
  fixed(/\b(?:Budgetverantwortung|Budget)\b/gi, 'strategy', 1, words('whyOwnsABudget')),
  fixed(
    /\b(?:operativ mit(?:arbeiten)?|selbst (?:mit )?(?:Hand anlegen|programmieren|entwickeln)|hands-on|eigene[nr]? (?:Kunden|Fälle|Projekte)|eigenen? (?:Kundenstamm|Umsatzziel))\b/gi,
    'hands-on',
    2,
    words('whyKeepsHandsOnWorkOfTheirOwn'),
  ),
  {
    re: /\b(\d{1,3})\s?%\s(?:operativ|fachlich|hands-on|Entwicklung|Führung)/gi,
    priority: 5,
    negatable: false,
    read: (m) => {
      const pct = Math.min(100, Number(m[1])) / 100;
      const handsOnShare = /Führung/i.test(m[0]) ? 1 - pct : pct;
      return {
        signal: 'time-split',
        weight: 1 + 3 * handsOnShare,
        handsOnShare,
        explanation: words('whyHandsOnShare', Math.round(handsOnShare * 100)),
      };
    },
  },
  fixed(/\b(?:Strategie|strategisch(?:e[nr]?)?|Roadmap)\b/gi, 'strategy', 1, words('whyShapesStrategy')),
  fixed(
    /\b(?:Schnittstelle|Stakeholder|bereichsübergreifend|Zusammenarbeit|abstimmen)\b/gi,
    'collaboration',
    0.6,
    words('whyWorksWithManyPeople'),
  ),
  fixed(
    /\b(?:selbstständig|eigenverantwortlich|flexible Arbeitszeiten|Homeoffice|remote)\b/gi,
    'autonomy',
    1,
    words('whyWorksIndependently'),
  ),
  fixed(
    /\b(?:Rufbereitschaft|Schichtdienst|Wochenend\w*|Nachtdienst|Reisetätigkeit|Überstunden)\b/gi,
    'pressure',
    1,
    words('whyCarriesWorkloadOrLifestylePressure'),
  ),
];

export const DE_NEGATORS = /\b(?:kein(?:e|en|er)?|nicht|ohne|niemand)\b/i;
export const DE_HEDGES = /\b(?:perspektivisch|möglicherweise|zukünftig|künftig|eventuell|ggf\.?|Möglichkeit)\b/i;
