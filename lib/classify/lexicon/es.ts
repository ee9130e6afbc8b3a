import { COUNT } from '../numbers';
import { fixed, type Pattern, teamSize, timeShare } from './types';

/** Spanish: "liderar un equipo de 8", "personas a cargo", "sin personal a cargo". */
export const ES_PATTERNS: Pattern[] = [
  fixed(
    /\b(?:sin|no tiene|no tendrá|ninguna?) (?:personas? a (?:su )?cargo|personal a (?:su )?cargo|equipo a (?:su )?cargo|reportes directos|responsabilidad(?:es)? de (?:gestión de personas|supervisión))\b/gi,
    'no-authority',
    4,
    'States there are no people reporting',
    { priority: 6 },
  ),
  fixed(
    /\b(?:contribuidor individual|contribuidora individual|rol de especialista|rol técnico individual)\b/gi,
    'no-authority',
    3,
    'Describes an individual-contributor role',
    { priority: 5 },
  ),
  fixed(
    /\b(?:gestión de personas|personas a (?:su )?cargo|personal a (?:su )?cargo|equipo a (?:su )?cargo|reportes directos|gestión de equipos?)\b/gi,
    'authority',
    3.5,
    'Carries formal people management',
    { priority: 3 },
  ),
  teamSize(
    new RegExp(
      String.raw`\b(?:(?:lider|dirig|gestion|supervis|coordin)\p{L}*|a cargo de)\s+(?:un|una|el|su|tu)?\s*(?:equipo|departamento|área|grupo)\s+de\s+(${COUNT})`,
      'giu',
    ),
    3.5,
    (c) => `Leads a team of ${c ?? 'several'}`,
    4,
  ),
  fixed(
    /\b(?:contratación|selección de personal|evaluaciones de desempeño|evaluación del desempeño|desarrollo del equipo|turnos)\b/gi,
    'authority',
    1.2,
    'Runs hiring, reviews or staff planning',
  ),
  fixed(
    /(?:\bhands-on\b|\bcartera propia\b|\btus propi[oa]s (?:clientes|proyectos|casos|cuentas)\b|\b(?:tú|usted) mism[oa]\b|\bde forma práctica\b|\ben (?:la )?línea\b|\bdurante (?:cada|todo el|todos los) (?:servicio|turno|servicios|turnos)\b|\bla mayor parte de (?:la jornada|tu tiempo|tu semana)\b)/giu,
    'hands-on',
    1.8,
    'Keeps hands-on work of their own',
  ),
  fixed(/\b(?:estrategia|estratégic[oa]|presupuesto|hoja de ruta)\b/gi, 'strategy', 1, 'Shapes strategy or owns a budget'),
  fixed(/\b(?:colaboración|interlocución|áreas|stakeholders|transversal)\b/gi, 'collaboration', 0.6, 'Works with many people'),
  fixed(/\b(?:autonomía|autónom[oa]|teletrabajo|remoto)\b/gi, 'autonomy', 1, 'Works independently'),
  fixed(
    /\b(?:guardias|fines de semana|turnos de noche|viajes frecuentes)\b/gi,
    'pressure',
    1,
    'Carries workload or lifestyle pressure',
  ),
];

/** "la mitad de tu tiempo", "el 60 % de tu tiempo": the share spent on one's own work. */
ES_PATTERNS.push(timeShare(/\b(?:(la mitad)|(\d{1,3})\s?%)\s+de\s+(?:tu|su)\s+(?:tiempo|jornada|semana)\b/giu));

export const ES_NEGATORS = /\b(?:no|sin|ningún|ninguna|nunca|ni)\b/i;
export const ES_HEDGES = /\b(?:en el futuro|posibilidad|eventualmente|podrá|podría)\b/i;
