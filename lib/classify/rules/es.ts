import { COUNT } from '../numbers';
import { alt } from '../text/pattern';
import { countFrom, type RuleInput } from './types';

/** Spanish: "liderar un equipo de 7", "personas a tu cargo", "sin personas a cargo", "el 60 % de tu tiempo". */
const GENTE = alt([
  'personas',
  'colaboradores',
  'empleados',
  'trabajadores',
  'desarrolladores',
  'ingenieros',
  'técnicos',
  'enfermeros',
  'enfermeras',
  'cocineros',
  'vendedores',
  'comerciales',
  'agentes',
  'asesores',
  'operarios',
  'consultores',
  'camareros',
  'profesionales',
]);
const EQUIPO = alt(['equipo', 'equipos', 'departamento', 'área', 'brigada', 'turno', 'unidad', 'servicio', 'tienda', 'cocina']);

export const ES: RuleInput[] = [
  {
    id: 'es.team.lead-team-of-n',
    signal: 'team',
    re: String.raw`\b(?:lider(?:ar|as|a|ará|arás|azgo de)|dirig(?:ir|es|e|irás)|gestion(?:ar|as|a|arás)|coordin(?:ar|as|a|arás)|gestión de|dirección de|responsable de|a cargo de)\s+(?:un|una|el|la|tu|su|nuestro|nuestra)?\s*(?:[\p{L}-]+\s+){0,2}?${EQUIPO}\s+de\s+(?:unas\s+|unos\s+|más de\s+|hasta\s+)?(${COUNT})\b|\b(${COUNT})\s+(?:[\p{L}-]+\s+){0,2}?${GENTE}\s+(?:a (?:tu|su) cargo|que (?:te|le) reportan|bajo tu (?:responsabilidad|supervisión))\b`,
    explain: 'evLeadsTeamCount',
    read: (m) => countFrom(m[1] ? 1 : 2)(m),
    examples: ['Liderarás un equipo de 7 desarrolladores.', 'Ocho personas a tu cargo.'],
    nearMisses: ['Te unirás a un equipo de 7 desarrolladores.'],
  },
  {
    id: 'es.team.lead-team',
    signal: 'team',
    re: String.raw`\b(?:lider(?:ar|as|a|ará|arás)|dirig(?:ir|es|e|irás)|gestion(?:ar|as|a|arás)|coordin(?:ar|as|a|arás)|gestión del?|dirección del?|liderazgo del?)\s+(?:(?:un|una|el|la|tu|su|nuestro|nuestra|los|las)\s+)?(?:[\p{L}-]+\s+){0,2}?${EQUIPO}\b|\b(?:personas|equipo) a (?:tu|su) cargo\b`,
    explain: 'evLeadsTeam',
    examples: ['Dirigirás el equipo de cocina.', 'Gestión del equipo de tienda.'],
    nearMisses: ['Trabajarás con el equipo de producto.'],
  },
  {
    id: 'es.staff.lead-people',
    signal: 'staff',
    re: String.raw`\b(?:supervis(?:ar|as|a|arás|ión de)|coordin(?:ar|as|a|arás|ación de)|dirig(?:ir|es|e|irás)|gestion(?:ar|as|a|arás)|lider(?:ar|as|a|arás))\s+(?:a\s+)?(?:los|las|tus|sus|un|una)?\s*(?:(?:${COUNT})\s+)?(?:[\p{L}-]+\s+){0,2}?${GENTE}\b`,
    explain: 'evSupervisesStaff',
    examples: ['Supervisarás a los técnicos del turno.', 'Coordinación de los camareros de sala.'],
    nearMisses: ['Atenderás a los clientes.'],
  },
  {
    id: 'es.hiring.recruit',
    signal: 'hiring',
    re: String.raw`\b(?:selecci(?:ón|onar|onarás)|contrata(?:ción|r|rás)|reclutamiento)(?:\s+y\s+[\p{L}]+)?\s+(?:de|a)?\s*(?:nuevos?|nuevas?|los|las|tu|el)?\s*(?:[\p{L}-]+\s+){0,1}?(?:${GENTE}|talento|equipo|personal)\b`,
    explain: 'evHires',
    examples: ['Selección y formación de nuevos colaboradores.', 'Contratarás a tu equipo.'],
    nearMisses: ['Contrato indefinido.'],
  },
  {
    id: 'es.reviews.performance',
    signal: 'reviews',
    re: String.raw`\b(?:evaluaci(?:ón|ones) (?:del? )?desempeño|evaluar el desempeño|reuniones (?:individuales|uno a uno)|one-to-ones?)\b`,
    explain: 'evReviews',
    examples: ['Realizarás las evaluaciones de desempeño del equipo.', 'Reuniones uno a uno con cada persona.'],
    nearMisses: ['Evaluación de riesgos.'],
  },
  {
    id: 'es.scheduling.shifts',
    signal: 'scheduling',
    re: String.raw`\b(?:cuadrantes?|planificación de (?:turnos|horarios|tareas)|organiza(?:r|rás|ción de) (?:los )?turnos|asignaci(?:ón|ar) de tareas|reparto de tareas)\b`,
    explain: 'evSchedules',
    examples: ['Organizarás los turnos y el cuadrante.', 'Asignación de tareas al equipo.'],
    nearMisses: ['Horario de mañana.'],
  },
  {
    id: 'es.budget.owns',
    signal: 'budget',
    re: String.raw`\b(?:gesti(?:ón|onar|onarás)|responsab(?:le|ilidad)) (?:del|de tu|sobre el) (?:presupuesto|p&l|cuenta de resultados)\b`,
    explain: 'evOwnsBudget',
    examples: ['Serás responsable del presupuesto del área.', 'Gestión del presupuesto y de la cuenta de resultados.'],
    nearMisses: ['Análisis de desviaciones del presupuesto.'],
  },
  {
    id: 'es.ic.no-people',
    signal: 'ic',
    denies: true,
    re: String.raw`\b(?:sin|no tendrás|no hay) (?:personas|equipo|responsabilidad(?:es)? (?:jerárquicas?|de gestión de personas)|gestión de personas)(?: a (?:tu|su) cargo)?\b|\bcolaborador(?:a)? individual\b|\bcontribuidor(?:a)? individual\b`,
    explain: 'evIndividualContributor',
    examples: ['Es un puesto sin personas a cargo.', 'Un rol de contribuidor individual.'],
    nearMisses: ['Tendrás personas a tu cargo.'],
  },
  {
    id: 'es.other-lead.someone-else',
    signal: 'other-lead',
    re: String.raw`\b(?:reportando a|reportarás a|bajo la (?:supervisión|dirección) de|te (?:unirás|incorporarás) a (?:un|el|nuestro) (?:[\p{L}-]+ )?equipo|formarás parte (?:de|del) (?:un |nuestro )?equipo)\b`,
    explain: 'evSomeoneElseLeads',
    examples: ['Reportarás a la directora técnica.', 'Te unirás a un equipo de 7 desarrolladores.'],
    nearMisses: ['Liderarás el equipo.'],
  },
  {
    id: 'es.time-split.share',
    signal: 'time-split',
    re: String.raw`\b(?<portion>(?:el |un |alrededor del |aproximadamente el )?\d{1,3}\s?%|la mayor parte|la mitad|más de la mitad)\s+(?:de tu|de su|del)\s+tiempo\b(?<rest>[^.;\n]{0,60})`,
    explain: 'evTimeShare',
    read: (m, around) => {
      const raw = m.groups?.portion ?? '';
      const pct = /(\d{1,3})/.exec(raw);
      const share = pct ? Number(pct[1]) / 100 : /mitad/.test(raw) ? (/más/.test(raw) ? 0.6 : 0.5) : 0.7;
      const text = `${m.groups?.rest ?? ''} ${around.after} ${around.before}`;
      const own =
        /(?:program|desarroll|código|técnic|pacientes|cocina|operativ|tú mismo|tu misma|ventas propias|clientes propios)/.test(
          text,
        );
      const people = /(?:gestión|equipo|liderazgo|personas|coordinación)/.test(text);
      if (own === people) return null;
      return { share, shareOnPeople: people };
    },
    examples: ['Dedicarás alrededor del 70 % de tu tiempo a programar.', 'La mayor parte de tu tiempo será gestión del equipo.'],
    nearMisses: ['El 70 % de nuestros clientes están en España.'],
  },
  {
    id: 'es.hands-on.own-work',
    signal: 'hands-on',
    re: String.raw`\bhands[- ]on\b|\b(?:seguirás|sigues) (?:programando|desarrollando|cocinando|atendiendo|vendiendo)\b|\b(?:tú mismo|tú misma|personalmente)\b|\b(?:tu|su) propi[ao] (?:cartera|código|cuota)\b|\b(?:tus|sus) propios (?:clientes|pacientes|proyectos)\b`,
    explain: 'evHandsOn',
    examples: ['Seguirás programando la mayor parte de la semana.', 'Gestionarás tu propia cartera de clientes.'],
    nearMisses: ['Acompañarás al equipo.'],
  },
  {
    id: 'es.craft.practice',
    signal: 'craft',
    re: String.raw`\b(?:program(?:ar|as|a|arás)|desarroll(?:ar|as|a|arás)|escrib(?:ir|es|e|irás) código)\b(?!\s+(?:al equipo|a tu equipo|el talento|las competencias))|\b(?:atención a(?:l)? (?:pacientes|paciente)|cocinar)\b`,
    explain: 'evOwnWork',
    examples: ['Programarás en Java cada día.', 'No escribirás código de producción.'],
    nearMisses: ['Desarrollarás al equipo.'],
  },
];
