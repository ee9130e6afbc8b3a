/**
 * Size limits shared by extraction (which truncates to them) and the schemas
 * (which enforce them). Kept free of zod so the content script can import them.
 */
export const MAX_DESCRIPTION_CHARS = 60_000;
/** A description as a page holds it (HTML, possibly escaped): cut here before it is converted to text. */
export const MAX_PAGE_DESCRIPTION_CHARS = MAX_DESCRIPTION_CHARS * 4;
export const MAX_TITLE_CHARS = 300;
export const MAX_ID_CHARS = 400;
export const MAX_URL_CHARS = 4096;
export const MAX_SHORT_TEXT = 200;
export const MAX_POSTINGS_PER_PAGE = 50;

/** "Seen" postings (viewed, nothing done with them) are kept this long by default; the user can change it. */
export const DEFAULT_RETENTION = { days: 90, rows: 2000 } as const;
export const RETENTION_BOUNDS = { days: { min: 1, max: 3650 }, rows: { min: 100, max: 100_000 } } as const;
/**
 * New rows one site may create: generous for a person reading postings (a
 * career page may list fifty at once), small for a page inventing postings
 * to flood storage. A posting over the limit still gets its badge; it is
 * stored only when the user saves it.
 */
export const SITE_NEW_ROWS = { perTenMinutes: 60, perDay: 400 } as const;
/** Dates in an imported file later than this past the import are refused (clocks disagree a little, never by days). */
export const IMPORT_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** A quoted phrase of evidence, and the words substituted into a message. */
export const MAX_EVIDENCE_TEXT = 400;
export const MAX_MESSAGE_KEY = 80;
export const MAX_MESSAGE_ARGS = 4;
export const MAX_EVIDENCE = 200;
export const MAX_REASONS = 12;
export const MAX_RULE_ID = 80;
