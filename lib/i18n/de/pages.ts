import type { GermanForms, Translation } from '../catalogue';
import type { PAGES as EN } from '../en/pages';

/** The words of the welcome page and the frame of the popup and dashboard, in German. */
export const PAGES: Translation<typeof EN, GermanForms> = {
  welcomeTitle: 'Willkommen bei Crossroads',
  welcomeLead:
    'Menschen führen oder ein Fach meistern? Crossroads zeigt dir, welche Art von Rolle eine Stellenanzeige beschreibt und wie gut sie zu dem Weg passt, den du gehen willst.',
  welcomeBadgeTitle: 'Achte auf das Badge neben dem Stellentitel',
  welcomeBadgeText:
    'Auf LinkedIn, Indeed, Greenhouse, Lever, Workday und vielen weiteren Jobportalen steht ein kleines Badge neben dem Titel der Anzeige. Es nennt die Art der Rolle – Führungs-, Fach- oder Hybridrolle – und, sobald du ein Profil hast, ihre Passung zu dir von 0 bis 100. Klick darauf, um die Begründung zu sehen.',
  welcomeBadgeExamples: 'Drei Beispiele für das Badge',
  welcomePinTitle: 'Crossroads an die Symbolleiste anheften',
  welcomePinText:
    'Klick in der Symbolleiste deines Browsers auf das Puzzleteil und dann auf die Stecknadel neben Crossroads. Das Symbol zeigt dann, was Crossroads auf der aktuellen Seite gefunden hat, und liest auf deinen Wunsch auch Seiten anderer Websites.',
  welcomeAssessTitle: 'Mach die vierminütige Selbsteinschätzung',
  welcomeAssessText:
    'Vierundzwanzig kurze Aussagen, wo du dich in fünf Jahren siehst und was du schon getan hast. Sie zeigt dir den Weg, auf den deine Antworten deuten, und gibt jedem Badge seine Passung.',
  welcomeAssessButton: 'Selbsteinschätzung starten',
  welcomeDashboardButton: 'Übersicht öffnen',
  welcomePrivacy: 'Alles bleibt in diesem Browser: kein Konto, kein Server, nichts wird irgendwohin gesendet.',
  welcomeSteps: 'Erste Schritte',

  cardOpenInDashboard: 'Details und Notizen',
  fitPill: 'Passung $1 · $2',
  profileSeeAll: 'Dein ganzes Ergebnis',
  popupMoreOnPage: 'Weitere Stellen auf dieser Seite',
  popupToDashboard: 'In der Übersicht',
  popupSavedPostings: 'Gespeicherte Stellen',
  popupSavedCount_one: '$1 gespeicherte Stelle',
  popupSavedCount_other: '$1 gespeicherte Stellen',

  dashSettings: 'Einstellungen',
  dashPageTitle: '$1 · Crossroads',
  filterMore: 'Filter',
  dashWhere: 'Wo Crossroads sucht',
  postingsDismissed: '„$1“ ausgeblendet.',
  compareBack: 'Zurück zur Liste',
  compareBest: 'Passt am besten zu dir:',
  compareBestFit: 'Passung $1, $2',
  compareBestTie: 'gleichauf mit einer anderen',
  // The band alone ("stark"): "starke Passung" would need the adjective inflected, which a placeholder cannot do.
  compareBand: '$1',
  compareBestWhy: 'Vor allem: $1',
  compareNoBest: 'Mach die Selbsteinschätzung, um zu sehen, welche davon am besten zu dir passt.',
  compareAsks: 'verlangt $1',
  compareAsksYou: 'verlangt $1 · du $2 · $3',
  gapClose: 'nah an deinem Wunsch',
  gapSome: 'etwas entfernt',
  gapFar: 'weit von deinem Wunsch entfernt',
  legendAsks: 'was die Rolle verlangt',
  legendYou: 'was du bevorzugst',
};
