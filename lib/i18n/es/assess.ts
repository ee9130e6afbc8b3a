import type { SpanishForms, Translation } from '../catalogue';
import type { ASSESS as EN } from '../en/assess';

/**
 * The self-assessment's words, in Spanish. The statements are the user's own
 * voice (yo); the rest speaks to them (tú), in words that need no gender
 * agreement with the reader. A dimension's High and Low are infinitives, as
 * coachLean says them ("Te inclinas por …"). A check-in is a balance.
 */
export const ASSESS: Translation<typeof EN, SpanishForms> = {
  dimPeopleLeadership: 'Dirigir personas',
  dimPeopleLeadershipHigh: 'hacer crecer y dirigir un equipo',
  dimPeopleLeadershipLow: 'mantener la gestión de personas fuera de tu trabajo',
  dimCraftDepth: 'Dominio del oficio',
  dimCraftDepthHigh: 'dominar tu campo y hacer el trabajo en persona',
  dimCraftDepthLow: 'alejarte del trabajo práctico',
  dimStrategicScope: 'Alcance estratégico',
  dimStrategicScopeHigh: 'marcar el rumbo, los presupuestos y las prioridades',
  dimStrategicScopeLow: 'centrarte en tu parte y dejar la visión de conjunto a otros',
  dimCollaboration: 'Mucha gente, muchos temas',
  dimCollaborationHigh: 'tener días llenos de conversaciones y cambios de tema',
  dimCollaborationLow: 'tener ratos largos de concentración con pocas interrupciones',
  dimAutonomy: 'Autonomía',
  dimAutonomyHigh: 'decidir cómo y cuándo trabajas',
  dimAutonomyLow: 'seguir una estructura clara marcada por otros',
  dimPressure: 'Tolerancia a la presión',
  dimPressureHigh: 'aceptar jornadas largas y responsabilidades amplias',
  dimPressureLow: 'proteger tu tiempo y tu energía fuera del trabajo',
  dimSecurityMobility: 'Habilidades transferibles',
  dimSecurityMobilityHigh: 'tener habilidades que puedas llevar a cualquier empresa',
  dimSecurityMobilityLow: 'tener seguridad dentro de una organización',
  dimLearning: 'Aprendizaje',
  dimLearningHigh: 'aprender siempre algo nuevo',
  dimLearningLow: 'quedarte con lo que ya haces bien',
  itemPl1: 'Me llena de satisfacción ver triunfar a alguien a quien he acompañado.',
  itemPl4: 'Me gustaría ser responsable de los resultados de un equipo.',
  itemPl2: 'Cambiaría parte de mi trabajo práctico por tiempo para desarrollar a otras personas.',
  itemPl3: 'Prefiero no ser responsable del rendimiento de otras personas.',
  itemCd1: 'Quiero estar entre los mejores de mi campo.',
  itemCd2: 'Pasar mucho tiempo con un problema difícil me llena de energía.',
  itemCd3: 'Podría dejar el trabajo práctico sin echarlo de menos.',
  itemSs4: 'Me gusta pensar en dónde debería estar mi organización dentro de tres años.',
  itemSs5: 'Quiero tener voz en lo próximo que haga mi equipo.',
  itemSs6: 'Prefiero dejar las grandes decisiones a otras personas.',
  itemCo4: 'Los días llenos de conversaciones me dan energía.',
  itemCo5: 'Disfruto pasando de un tema a otro a lo largo del día.',
  itemSs1: 'Me gusta pensar dónde debería estar todo un equipo o una organización dentro de tres años.',
  itemSs2: 'Quiero tener voz en los presupuestos, las prioridades y las contrataciones.',
  itemSs3: 'Prefiero dejar las grandes decisiones a otros y centrarme en mi parte.',
  itemCo1: 'Los días llenos de conversaciones y decisiones me dan energía.',
  itemCo2: 'Disfruto pasando de una persona y un tema a otro a lo largo del día.',
  itemCo3: 'Varias reuniones seguidas me agotan.',
  itemAu4: 'Trabajo mejor cuando decido yo cómo hacerlo.',
  itemAu5: 'Quiero decidir mis propios horarios de trabajo.',
  itemAu1: 'Trabajo mejor cuando decido cómo y cuándo hacerlo.',
  itemAu2: 'Elegiría la libertad de organizar mi horario antes que un cargo más importante.',
  itemAu3: 'Me gusta que otra persona estructure de cerca mi trabajo.',
  itemPr4: 'Acepto jornadas más largas cuando una responsabilidad es mía.',
  itemPr5: 'Que el trabajo no ocupe mis noches me importa mucho.',
  itemPr1: 'Acepto jornadas más largas y estar localizable cuando la responsabilidad es mía.',
  itemPr2: 'Sigo siendo eficaz cuando llegan a la vez varios problemas urgentes.',
  itemSm4: 'Quiero habilidades que pueda llevarme a cualquier empresa.',
  itemSm5: 'Tener un puesto estable en una organización me importa mucho.',
  itemPr3: 'Proteger mis tardes y fines de semana me importa más que el siguiente ascenso.',
  itemSm1: 'Me importan más las habilidades que puedo llevar a cualquier parte que un puesto en una organización.',
  itemSm2: 'Cambiaría de empresa para seguir creciendo en mi campo.',
  itemLe4: 'Busco con regularidad cosas nuevas que aprender.',
  itemLe5: 'Disfruto manteniendo mis conocimientos al día.',
  itemSm3: 'Un puesto estable en una organización me importa más que unas habilidades transferibles.',
  itemLe1: 'Busco con regularidad cursos, talleres o proyectos de los que aprender.',
  itemLe2: 'Mantener mis conocimientos al día me parece parte del trabajo, no una carga.',
  itemLe3: 'Prefiero no aprender métodos nuevos una vez que hago bien mi trabajo.',
  likert1: 'Muy en desacuerdo',
  likert2: 'En desacuerdo',
  likert3: 'Neutral',
  likert4: 'De acuerdo',
  likert5: 'Muy de acuerdo',
  readinessR1: 'He identificado mis valores, fortalezas y pasiones principales.',
  readinessR1Next:
    'Escribe tres valores, tres fortalezas y lo que te da energía; las preguntas de reflexión de aquí son un comienzo.',
  readinessR2: 'Me he fijado objetivos profesionales concretos, medibles y con fecha.',
  readinessR2Next: 'Convierte dónde quieres estar dentro de cinco años en un objetivo para los próximos doce meses, con fecha.',
  readinessR3: 'Trabajo de forma constante en las habilidades que necesita mi siguiente paso.',
  readinessR3Next: 'Elige una habilidad que necesite tu siguiente paso y resérvale tiempo con regularidad.',
  readinessR4: 'He ido ampliando mi red de colegas y especialistas.',
  readinessR4Next: 'Ten una conversación al mes con alguien de fuera de tu equipo cuyo trabajo te despierte curiosidad.',
  readinessR5: 'Busco nuevas formas de aprender: cursos, talleres, proyectos.',
  readinessR5Next: 'Elige para este trimestre un curso, un taller o un proyecto que te exija más.',
  readinessR6: 'Pregunto a colegas, mentores o responsables dónde encajan mejor mis fortalezas.',
  readinessR6Next: 'Pregunta a dos personas que conozcan tu trabajo en qué situaciones te ven dar lo mejor de ti.',
  readinessR7: 'He mirado de cerca lo que implican los puestos de liderazgo de mi entorno.',
  readinessR7Next: 'Pregunta a alguien con personas a su cargo a quien respetes qué llena su semana y a qué renunció.',
  readinessR8: 'He sopesado las ventajas y desventajas de especializarme, y las oportunidades para hacerlo.',
  readinessR8Next: 'Averigua si tu organización tiene una carrera de especialista y hasta dónde llega.',
  readinessR9: 'Recibo orientación sobre mi camino de personas con experiencia o de mentores.',
  readinessR9Next: 'Busca a alguien que te mentorice y vaya unos pasos por delante en el camino hacia el que te inclinas.',
  readinessR10: 'Veo mi carrera como un crecimiento continuo y cuento con tener que adaptarme.',
  readinessR10Next: 'Pon una fecha dentro de seis meses para repetir esta autoevaluación y comparar.',
  reflectionQ1: 'Piensa en una semana reciente. ¿Qué te llenó y qué te agotó?',
  reflectionQ2: '¿Quieres que tu impacto llegue a través de otras personas o de tu propio trabajo? ¿Por qué?',
  reflectionQ3: '¿A qué renunciarías por el siguiente paso: el trabajo práctico, las tardes libres, la independencia?',
  reflectionQ4: '¿Qué días te dan energía: muchas conversaciones y decisiones, o un trabajo largo y concentrado?',
  checkInEnergised: 'Desde tu último balance, ¿qué te ha dado energía en el trabajo?',
  checkInDrained: '¿Qué te ha quitado energía?',
  checkInMoreOf: '¿De qué te gustaría tener más en las próximas semanas?',
  fiveYearLeading: 'Dirigiendo un equipo o una organización',
  fiveYearExpert: 'Con un dominio reconocido de mi campo',
  fiveYearBoth: 'Dirigiendo un equipo pequeño sin dejar el trabajo práctico',
  fiveYearUnsure: 'Aún no lo sé',
  coachPathLeadership: 'el liderazgo de personas',
  coachPathSpecialist: 'la especialización',
  coachPathHybrid: 'un rol híbrido',
  coachSummaryPoint: 'Tus respuestas apuntan hacia $1. Es un reflejo de lo que has dicho, no un veredicto: decides tú.',
  coachSummaryLean: 'Tus respuestas se inclinan hacia $1. Es un reflejo de lo que has dicho, no un veredicto: decides tú.',
  coachSummaryHint: 'Tus respuestas sugieren, con cautela, $1. Es un reflejo de lo que has dicho, no un veredicto: decides tú.',
  coachSummaryUnclear:
    'Tus respuestas todavía no apuntan en una dirección. También es bueno saberlo: nadie tiene que elegir hoy, y los pasos de abajo pueden mostrarte más.',
  coachLean: 'Te inclinas por $1.',
  strengthClear: 'clara',
  strengthModerate: 'bastante clara',
  strengthSlight: 'leve',
  strengthNone: 'todavía poco clara',
  helpFlat:
    'Casi todas tus respuestas fueron iguales. Vuelve a hacer la autoevaluación cuando tengas diez minutos tranquilos y usa toda la escala: muestra tu acuerdo solo con lo que sea cierto para ti la mayoría de las semanas.',
  helpAgreeing:
    'Has estado de acuerdo con la mayoría de las afirmaciones, incluidas algunas que dicen cosas opuestas. Lee cada una por separado y pregúntate: ¿esto es cierto para mí en una semana normal?',
  helpDisagreeing:
    'Has estado en desacuerdo con la mayoría de las afirmaciones, incluidas algunas que dicen cosas opuestas. Lee cada una por separado y pregúntate: ¿esto es cierto para mí en una semana normal?',
  helpContradictory:
    'Varias respuestas se contradicen (algunas están abajo). Piensa en una semana real para cada afirmación y vuelve a responder.',
  helpReflect:
    'Las preguntas de reflexión del final suelen mostrar lo que las afirmaciones no recogen: bastan unas pocas frases.',
  clashAgreed: 'Estás de acuerdo: «$1»',
  clashDisagreed: 'No estás de acuerdo: «$1»',
  tensionLeadEvenings:
    'Quieres dirigir personas y proteges tus noches. Liderar suele pedir ambas cosas: ¿con cuál te quedarías si tuvieras que elegir?',
  tensionLeadMeetings:
    'Quieres dirigir personas, y un día de reuniones te agota. Liderar es sobre todo conversar: ¿qué haría que esas conversaciones valieran la pena para ti?',
  tensionLeadCraft:
    'Quieres dirigir personas y seguir perfeccionando tu oficio. Un rol híbrido te da ambas cosas durante un tiempo: ¿con cuál te quedarías cuando el equipo crezca?',
  tensionLeadFreedom:
    'Quieres dirigir personas y decidir cómo y cuándo trabajas. La agenda de quien lidera pertenece en gran parte al equipo: ¿cuánto de la tuya cederías?',
  tensionMasteryTitle:
    'Quieres dominar tu campo y te ves liderando dentro de cinco años. ¿Te compensaría un cargo más alto a cambio de menos trabajo práctico?',
  tensionExpertPeople:
    'Te ves como referente en tu campo dentro de cinco años y disfrutas ayudando a otras personas a crecer. La mentoría y el liderazgo técnico pueden darte ambas cosas sin tener personas a tu cargo.',
  tensionScopeNoReports:
    'Quieres influir en el rumbo y prefieres no dirigir personas. Los puestos de experto sénior o principal y los de asesoría marcan el rumbo desde el conocimiento.',
  stepTryBoth:
    'Prueba un poco de cada cosa durante un mes: dirige un trabajo pequeño o acompaña a alguien en su desarrollo, y dedica una semana a fondo a un solo problema. Apunta qué días te llenan de energía.',
  stepAskHours: 'Pregunta a dos responsables de tu entorno cuántas noches les quita su trabajo y qué hacen para protegerlas.',
  stepTryLeadingMeeting:
    'Dirige una reunión de equipo o una retrospectiva este mes y apunta después qué te dio energía y qué te la quitó.',
  stepHybridRole:
    'Busca puestos en los que dirijas un equipo pequeño sin dejar el trabajo práctico, y pregunta cómo se reparte la semana.',
  stepExpertTrack:
    'Averigua hasta dónde llega la carrera de especialista donde estás: qué puestos de experto sénior o principal existen y qué deciden.',
  stepMentor:
    'Ofrécete este trimestre para acompañar a alguien que lleve menos tiempo que tú, y comprueba si te da lo que te daría liderar.',
  changeTowardsLeading: 'Desde $1 te has acercado al liderazgo de personas.',
  changeTowardsSpecialist: 'Desde $1 te has acercado a la carrera de especialista.',
  changeSteady: 'Desde $1 tu rumbo se ha mantenido estable.',
  changeNowUnclear: 'En $1 tus respuestas apuntaban hacia $2; esta vez no apuntan en ninguna dirección clara.',
  changeNowClear: 'En $1 tus respuestas no mostraban una dirección clara; esta vez sí.',
  changeDimension: '«$1» ha pasado de $2 a $3.',
  coachWeighLeadership1:
    'Tu trabajo pasaría a ser el éxito de otras personas: te medirían por los resultados del equipo, no por tu propia producción.',
  coachWeighLeadership2:
    'Cuenta con más responsabilidad, más cambios de contexto y, a menudo, jornadas más largas; comprueba que ese intercambio encaja con tu vida actual.',
  coachWeighLeadership3: 'El trabajo práctico suele reducirse. Pregúntate qué echarías de menos.',
  coachWeighSpecialist1:
    'Tu influencia vendría del conocimiento experto: asesorar, revisar, fijar estándares, liderar proyectos sin personas a cargo.',
  coachWeighSpecialist2: 'Averigua hasta dónde llega la carrera de especialista donde estás, o dónde llega más lejos.',
  coachWeighSpecialist3:
    'Mantener tus habilidades al día es el trabajo. Planifica la formación, las certificaciones o los problemas más difíciles que te lleven hasta allí.',
  coachWeighHybrid1:
    'Los roles híbridos piden dos trabajos en una semana: protege tiempo para la parte práctica o la parte de personas se la comerá.',
  coachWeighHybrid2:
    'Fíjate en cómo reparte el tiempo una oferta y en si el equipo es lo bastante pequeño para dirigirlo sin dejar de hacer el trabajo.',
  coachWeighHybrid3: 'Un rol híbrido es un buen lugar para probar si dirigir personas va contigo antes de elegir un lado.',
  coachMyth1:
    'Quien lidera no tiene por qué ser una persona extrovertida y ruidosa: muchas personas que lideran con eficacia son introvertidas.',
  coachMyth2:
    'Quienes se especializan no trabajan en solitario ni ganan menos: colaboran constantemente, asesoran a la dirección y pueden estar entre quienes mejor cobran.',
  coachMyth3: 'No querer dirigir no es falta de talento ni de ambición; a menudo demuestra más autoconocimiento.',
  coachMyth4:
    'Progresar no tiene por qué significar un equipo más grande: la influencia, el impacto y la maestría también son progreso.',
};
