import { words } from '../../i18n/words';
import { COUNT } from '../numbers';
import { counted, fixed, type Pattern, teamSize, timeShare } from './types';

/** Spanish: "liderar un equipo de 8", "personas a cargo", "sin personal a cargo". */
export const ES_PATTERNS: Pattern[] = [
  fixed(
    /\b(?:sin|no tiene|no tendrá|ninguna?) (?:personas? a (?:su )?cargo|personal a (?:su )?cargo|equipo a (?:su )?cargo|reportes directos|responsabilidad(?:es)? de (?:gestión de personas|supervisión))\b/gi,
    'no-authority',
    4,
    words('whyStatesThereAreNoPeopleReporting'),
    { priority: 6 },
  ),
  fixed(
    /\b(?:contribuidor individual|contribuidora individual|rol de especialista|rol técnico individual)\b/gi,
    'no-authority',
    3,
    words('whyDescribesAnIndividualContributorRole'),
    { priority: 5 },
  ),
  fixed(
    /\b(?:gestión de personas|personas a (?:su )?cargo|personal a (?:su )?cargo|equipo a (?:su )?cargo|reportes directos|gestión de equipos?)\b/gi,
    'authority',
    3.5,
    words('whyCarriesFormalPeopleManagement'),
    { priority: 3 },
  ),
  teamSize(
    new RegExp(
      String.raw`\b(?:(?:lider|dirig|gestion|supervis|coordin)\p{L}*|a cargo de)\s+(?:un|una|el|su|tu)?\s*(?:equipo|departamento|área|grupo)\s+de\s+(${COUNT})`,
      'giu',
    ),
    3.5,
    (c) => counted(c, 'whyLeadsATeamOfNPeople', 'whyLeadsATeamOfSeveral'),
    4,
  ),
  fixed(
    /\b(?:contratación|selección de personal|evaluaciones de desempeño|evaluación del desempeño|desarrollo del equipo|turnos)\b/gi,
    'authority',
    1.2,
    words('whyRunsHiringReviewsOrStaffPlanning'),
  ),
  fixed(
    /(?:\bhands-on\b|\bcartera propia\b|\btus propi[oa]s (?:clientes|proyectos|casos|cuentas)\b|\b(?:tú|usted) mism[oa]\b|\bde forma práctica\b|\ben (?:la )?línea\b|\bdurante (?:cada|todo el|todos los) (?:servicio|turno|servicios|turnos)\b|\bla mayor parte de (?:la jornada|tu tiempo|tu semana)\b)/giu,
    'hands-on',
    1.8,
    words('whyKeepsHandsOnWorkOfTheirOwn'),
  ),
  fixed(/\b(?:estrategia|estratégic[oa]|presupuesto|hoja de ruta)\b/gi, 'strategy', 1, words('whyShapesStrategyOrOwnsABudget')),
  fixed(
    /\b(?:colaboración|interlocución|áreas|stakeholders|transversal)\b/gi,
    'collaboration',
    0.6,
    words('whyWorksWithManyPeople'),
  ),
  fixed(/\b(?:autonomía|autónom[oa]|teletrabajo|remoto)\b/gi, 'autonomy', 1, words('whyWorksIndependently')),
  fixed(
    /\b(?:guardias|fines de semana|turnos de noche|viajes frecuentes)\b/gi,
    'pressure',
    1,
    words('whyCarriesWorkloadOrLifestylePressure'),
  ),
];

/** "la mitad de tu tiempo", "el 60 % de tu tiempo": the share spent on one's own work. */
ES_PATTERNS.push(timeShare(/\b(?:(la mitad)|(\d{1,3})\s?%)\s+de\s+(?:tu|su)\s+(?:tiempo|jornada|semana)\b/giu));

export const ES_NEGATORS = /\b(?:no|sin|ningún|ninguna|nunca|ni)\b/i;
export const ES_HEDGES = /\b(?:en el futuro|posibilidad|eventualmente|podrá|podría)\b/i;
