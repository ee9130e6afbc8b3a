/** The words of the extension's own pages beyond the badge and panel: the welcome page, and the frame of the popup and dashboard. */
export const PAGES = {
  // The welcome page, opened once when Crossroads is installed.
  welcomeTitle: 'Welcome to Crossroads',
  welcomeLead:
    'Lead people, or master a craft? Crossroads tells you which kind of role each job posting is, and how well it fits the path you want.',
  welcomeBadgeTitle: 'Look for the badge beside a job’s title',
  welcomeBadgeText:
    'On LinkedIn, Indeed, Greenhouse, Lever, Workday and many more job sites, a small badge sits beside the posting’s title. It names the kind of role, leadership, specialist or hybrid, and once you have a profile, its fit with you from 0 to 100. Click it to see why.',
  welcomeBadgeExamples: 'Three examples of the badge',
  welcomePinTitle: 'Pin Crossroads to your toolbar',
  welcomePinText:
    'Click the puzzle piece in your browser’s toolbar, then the pin beside Crossroads. Its icon then shows what Crossroads found on the page you are on, and reads pages on other sites when you ask.',
  welcomeAssessTitle: 'Take the four-minute assessment',
  welcomeAssessText:
    'Twenty-four short statements, where you see yourself in five years, and what you have done already. It shows the path your answers point to, and gives every badge its fit.',
  welcomeAssessButton: 'Take the assessment',
  welcomeDashboardButton: 'Open the dashboard',
  welcomePrivacy: 'Everything stays in this browser: no account, no server, nothing sent anywhere.',
  welcomeSteps: 'Getting started',

  // The popup.
  cardOpenInDashboard: 'Details and notes',
  fitPill: 'fit $1 · $2',
  profileSeeAll: 'Your full result',
  popupMoreOnPage: 'More postings on this page',
  popupToDashboard: 'In the dashboard',
  popupSavedPostings: 'Saved postings',
  popupSavedCount_one: '$1 saved posting',
  popupSavedCount_other: '$1 saved postings',

  // The dashboard.
  dashSettings: 'Settings',
  dashPageTitle: '$1 · Crossroads',
  filterMore: 'Filters',
  dashWhere: 'Where Crossroads looks',
  postingsDismissed: 'Dismissed “$1”.',
  compareBack: 'Back to the list',
  compareBest: 'Best match for you:',
  compareBestFit: 'fit $1, $2',
  compareBestTie: 'level with another',
  compareBand: '$1 fit',
  compareBestWhy: 'Above all: $1',
  compareNoBest: 'Take the assessment to see which of these suits you best.',
  compareAsks: 'asks $1',
  compareAsksYou: 'asks $1 · you $2 · $3',
  gapClose: 'close to what you want',
  gapSome: 'some way off',
  gapFar: 'far from what you want',
  legendAsks: 'what the role asks',
  legendYou: 'what you prefer',
} as const;
