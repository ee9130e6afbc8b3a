/**
 * A company's name as boards and career sites label it, without the label:
 * "Canonical - Jobs", "Careers at Canonical", "Canonical Careers",
 * "Jobs bei Canonical", "at Canonical", "Canonical logo". Only whole words
 * next to a separator or an edge go, so "Careers Wales" and "Jobs & Co"
 * keep their names.
 */
const BOARD_WORDS =
  "(?:jobs?|careers?|career site|job board|hiring|openings|open positions|karriere|stellenangebote|stellen|emplois?|offres d'emploi|carrières?|empleos?|trabaja con nosotros|ledige stillinger|job)";
const SUFFIX = new RegExp(`\\s*(?:[-–—|:·•]\\s*${BOARD_WORDS}(?:\\s+(?:page|portal))?|\\s+${BOARD_WORDS})\\s*$`, 'i');
const PREFIX = new RegExp(`^(?:${BOARD_WORDS}\\s+(?:at|@|bei|chez|hos|en|with)|working at|work at|join|at|bei|chez)\\s+`, 'i');
const LOGO = /\s+(?:logo|logotype|wordmark)$/i;

/** Job boards whose name a reader without site knowledge might take for the employer's. */
const BOARDS = new Set(
  [
    'linkedin',
    'indeed',
    'indeed.com',
    'glassdoor',
    'seek',
    'seek australia',
    'seek new zealand',
    'jobindex',
    'stepstone',
    'totaljobs',
    'reed',
    'reed.co.uk',
    'jobs.ch',
    'jobup.ch',
    'xing',
    'welcome to the jungle',
    'ziprecruiter',
    'monster',
    'wellfound',
  ].map((s) => s.toLowerCase()),
);

export function cleanCompany(name: string, opts: { heuristic?: boolean } = {}): string {
  let s = name.trim();
  for (let i = 0; i < 2; i++) {
    const next = s.replace(LOGO, '').replace(SUFFIX, '').replace(PREFIX, '').trim();
    // A name that is nothing but the label ("Careers") stays: better than none.
    if (next.length < 2 || next === s) break;
    s = next;
  }
  // Read from a page's own metadata, a board's name is the board, not the employer.
  if (opts.heuristic && BOARDS.has(s.toLowerCase())) return '';
  return s;
}
