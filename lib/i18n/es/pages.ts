import type { SpanishForms, Translation } from '../catalogue';
import type { PAGES as EN } from '../en/pages';

/** The words of the welcome page and the frame of the popup and dashboard, in Spanish. */
export const PAGES: Translation<typeof EN, SpanishForms> = {
  welcomeTitle: 'Te damos la bienvenida a Crossroads',
  welcomeLead:
    '¿Dirigir personas o dominar un oficio? Crossroads te dice qué tipo de rol es cada oferta de empleo y cuánto encaja con el camino que quieres.',
  welcomeBadgeTitle: 'Busca la insignia junto al título de la oferta',
  welcomeBadgeText:
    'En LinkedIn, Indeed, Greenhouse, Lever, Workday y muchos otros portales de empleo aparece una pequeña insignia junto al título de la oferta. Indica el tipo de rol (liderazgo, especialista o híbrido) y, cuando tengas un perfil, su afinidad contigo de 0 a 100. Haz clic en ella para ver por qué.',
  welcomeBadgeExamples: 'Tres ejemplos de la insignia',
  welcomePinTitle: 'Fija Crossroads en la barra de herramientas',
  welcomePinText:
    'Haz clic en la pieza de puzle de la barra de herramientas del navegador y luego en la chincheta junto a Crossroads. Su icono mostrará lo que Crossroads ha encontrado en la página en la que estás, y leerá páginas de otros sitios cuando se lo pidas.',
  welcomeAssessTitle: 'Haz la autoevaluación de cuatro minutos',
  welcomeAssessText:
    'Veinticuatro afirmaciones breves, dónde te ves dentro de cinco años y lo que ya has hecho. Te muestra el camino al que apuntan tus respuestas y da a cada insignia su afinidad.',
  welcomeAssessButton: 'Hacer la autoevaluación',
  welcomeDashboardButton: 'Abrir el panel',
  welcomePrivacy: 'Todo se queda en este navegador: sin cuenta, sin servidor, sin enviar nada a ninguna parte.',
  welcomeSteps: 'Primeros pasos',

  cardOpenInDashboard: 'Detalles y notas',
  fitPill: 'afinidad $1 · $2',
  profileSeeAll: 'Tu resultado completo',
  popupMoreOnPage: 'Más ofertas en esta página',
  popupToDashboard: 'En el panel',
  popupSavedPostings: 'Ofertas guardadas',
  popupSavedCount_one: '$1 oferta guardada',
  popupSavedCount_many: '$1 de ofertas guardadas',
  popupSavedCount_other: '$1 ofertas guardadas',

  dashSettings: 'Ajustes',
  dashPageTitle: '$1 · Crossroads',
  filterMore: 'Filtros',
  dashWhere: 'Dónde busca Crossroads',
  postingsDismissed: '«$1» descartada.',
  compareBack: 'Volver a la lista',
  compareBest: 'La que mejor encaja contigo:',
  compareBestFit: 'afinidad $1, $2',
  compareBestTie: 'empatada con otra',
  compareBand: 'afinidad $1',
  compareBestWhy: 'Sobre todo: $1',
  compareNoBest: 'Haz la autoevaluación para ver cuál de estas encaja mejor contigo.',
  compareAsks: 'pide $1',
  compareAsksYou: 'pide $1 · tú $2 · $3',
  gapClose: 'cerca de lo que quieres',
  gapSome: 'algo lejos',
  gapFar: 'lejos de lo que quieres',
  legendAsks: 'lo que pide el rol',
  legendYou: 'lo que prefieres',
};
