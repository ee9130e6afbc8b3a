/** What went wrong, in words for the user: each says what to do and that nothing was lost. */
export const ERRORS = {
  errorNoAnswer: 'Crossroads did not answer. Reload the page to try again.',
  errorPageClosed: 'The browser does not let extensions read this page.',
  errorCouldNotRead: 'Could not read this page: $1',
  errorImportNotJson: 'This file is not valid JSON, so it cannot be a Crossroads export. Nothing was changed.',
  errorImportNotExport: 'This file is not a Crossroads export. Nothing was changed.',
  errorImportNewer:
    'This export was made by a newer version of Crossroads. Update the extension, then import it again. Nothing was changed.',
  errorImportDamaged: 'This export is damaged: $1. Nothing was changed.',
  errorStorageFull:
    'Your browser has no room left for Crossroads data. Nothing already saved was lost; free some space or delete old postings, then try again.',
  errorPostingGone: 'That posting is no longer stored.',
};
