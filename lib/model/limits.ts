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
