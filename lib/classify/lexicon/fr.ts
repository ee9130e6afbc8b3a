import { words } from '../../i18n/words';
import { COUNT } from '../numbers';
import { counted, fixed, type Pattern, teamSize, timeShare } from './types';

/** French: "encadrer une équipe de 8", "management hiérarchique", "sans management". */
export const FR_PATTERNS: Pattern[] = [
  fixed(
    /\b(?:sans|pas de|aucun) (?:management|encadrement|responsabilité (?:managériale|hiérarchique)|rapport hiérarchique|collaborateurs? à (?:sa|votre) charge)\b/gi,
    'no-authority',
    4,
    words('whyStatesThereIsNoPeopleManagement'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:contributeur individuel|contributrice individuelle|rôle d'expert|management transverse|management fonctionnel)\b/gi,
    'no-authority',
    3,
    words('whyDescribesAnExpertRoleWithoutReports'),
    { priority: 5 },
  ),
  fixed(
    /\b(?:management (?:hiérarchique|d'équipe|direct)|responsabilité hiérarchique|manager d'équipe|encadrement (?:d'équipe|hiérarchique|direct))\b/gi,
    'authority',
    3.5,
    words('whyCarriesFormalPeopleManagement'),
    { priority: 3 },
  ),
  teamSize(
    new RegExp(
      String.raw`\b(?:(?:encadr|manag|dirig|pilot|anim)\p{L}*|gérer|gère[rz]?|gérerez)\s+(?:une|votre|l'|la|les)?\s*(?:équipe|service|département)\s+(?:de|composée de)\s+(${COUNT})`,
      'giu',
    ),
    3.5,
    (c) => counted(c, 'whyLeadsATeamOfNPeople', 'whyLeadsATeamOfSeveral'),
    4,
  ),
  teamSize(
    new RegExp(
      String.raw`\b(${COUNT})\s+(?:collaborateurs?|collaboratrices?|personnes|ingénieurs?|salariés?|managers?)\s+(?:\S+\s+){0,3}?(?:sous (?:votre|sa) responsabilité|vous seront rattachés|rattachés)`,
      'gi',
    ),
    4,
    (c) => counted(c, 'whyNPeopleReport', 'whySeveralPeopleReport'),
    5,
  ),
  fixed(
    /\b(?:recrutement|recruter|entretiens annuels|évaluations? annuelles?|montée en compétences de l'équipe|plannings?)\b/gi,
    'authority',
    1.2,
    words('whyRunsHiringReviewsOrStaffPlanning'),
  ),
  fixed(
    /(?:\bopérationnel(?:le)?\b|\bhands-on\b|\bmettre les mains dans\b|\bvos propres (?:clients|dossiers|projets|comptes)\b|\bportefeuille (?:de clients )?en propre\b|\bvous-même\b|\bpar vous-même\b)/giu,
    'hands-on',
    1.8,
    words('whyKeepsHandsOnWorkOfTheirOwn'),
  ),
  fixed(/\b(?:stratégie|stratégique|budget|feuille de route)\b/gi, 'strategy', 1, words('whyShapesStrategyOrOwnsABudget')),
  fixed(
    /\b(?:parties prenantes|transverse|collaboration|interlocuteurs?)\b/gi,
    'collaboration',
    0.6,
    words('whyWorksWithManyPeople'),
  ),
  fixed(/\b(?:autonomie|autonome|télétravail)\b/gi, 'autonomy', 1, words('whyWorksIndependently')),
  fixed(
    /\b(?:astreintes?|week-ends?|déplacements fréquents|horaires décalés)\b/gi,
    'pressure',
    1,
    words('whyCarriesWorkloadOrLifestylePressure'),
  ),
];

/** "la moitié de votre temps", "60 % de votre temps": the share spent on one's own work. */
FR_PATTERNS.push(timeShare(/\b(?:(la moitié)|(\d{1,3})\s?%)\s+de\s+(?:votre|son)\s+(?:temps|semaine|activité)\b/giu));

export const FR_NEGATORS = /\b(?:pas|sans|aucun(?:e)?|ni|jamais)\b/i;
export const FR_HEDGES = /\b(?:à terme|éventuellement|possibilité|potentiellement|pourra|pourrait)\b/i;
