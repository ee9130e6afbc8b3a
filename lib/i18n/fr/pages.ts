import type { FrenchForms, Translation } from '../catalogue';
import type { PAGES as EN } from '../en/pages';

/** The words of the welcome page and the frame of the popup and dashboard, in French. */
export const PAGES: Translation<typeof EN, FrenchForms> = {
  welcomeTitle: 'Bienvenue dans Crossroads',
  welcomeLead:
    'Diriger une équipe ou maîtriser un métier ? Crossroads vous dit quel type de rôle décrit chaque offre d’emploi, et à quel point il correspond à la voie que vous souhaitez.',
  welcomeBadgeTitle: 'Repérez le badge à côté du titre de l’offre',
  welcomeBadgeText:
    'Sur LinkedIn, Indeed, Greenhouse, Lever, Workday et bien d’autres sites d’emploi, un petit badge apparaît à côté du titre de l’offre. Il indique le type de rôle (management, expertise ou hybride) et, dès que vous avez un profil, son adéquation avec vous, de 0 à 100. Cliquez dessus pour savoir pourquoi.',
  welcomeBadgeExamples: 'Trois exemples du badge',
  welcomePinTitle: 'Épinglez Crossroads à votre barre d’outils',
  welcomePinText:
    'Cliquez sur la pièce de puzzle dans la barre d’outils de votre navigateur, puis sur l’épingle à côté de Crossroads. Son icône montre alors ce que Crossroads a trouvé sur la page ouverte, et lit les pages d’autres sites quand vous le demandez.',
  welcomeAssessTitle: 'Faites l’auto-évaluation de quatre minutes',
  welcomeAssessText:
    'Vingt-quatre affirmations courtes, où vous vous voyez dans cinq ans et ce que vous avez déjà fait. Elle montre la voie vers laquelle pointent vos réponses, et donne à chaque badge son adéquation.',
  welcomeAssessButton: 'Faire l’auto-évaluation',
  welcomeDashboardButton: 'Ouvrir le tableau de bord',
  welcomePrivacy: 'Tout reste dans ce navigateur : pas de compte, pas de serveur, rien n’est envoyé nulle part.',
  welcomeSteps: 'Pour commencer',

  cardOpenInDashboard: 'Détails et notes',
  fitPill: 'adéquation $1 · $2',
  profileSeeAll: 'Résultat complet',
  popupMoreOnPage: 'Autres offres sur cette page',
  popupToDashboard: 'Dans le tableau de bord',
  popupSavedPostings: 'Offres enregistrées',
  popupSavedCount_one: '$1 offre enregistrée',
  popupSavedCount_many: '$1 d’offres enregistrées',
  popupSavedCount_other: '$1 offres enregistrées',

  dashSettings: 'Réglages',
  dashPageTitle: '$1 · Crossroads',
  filterMore: 'Filtres',
  dashWhere: 'Où Crossroads cherche',
  postingsDismissed: '« $1 » écartée.',
  compareBack: 'Retour à la liste',
  compareBest: 'Celle qui vous correspond le mieux :',
  compareBestFit: 'adéquation $1, $2',
  compareBestTie: 'à égalité avec une autre',
  compareBand: 'adéquation $1',
  compareBestWhy: 'Avant tout : $1',
  compareNoBest: 'Faites l’auto-évaluation pour voir laquelle vous correspond le mieux.',
  compareAsks: 'demande $1',
  compareAsksYou: 'demande $1 · vous $2 · $3',
  gapClose: 'proche de ce que vous voulez',
  gapSome: 'un peu éloigné',
  gapFar: 'loin de ce que vous voulez',
  legendAsks: 'ce que le rôle demande',
  legendYou: 'ce que vous préférez',
};
