/**
 * The words about the user's data: export, import and what it did,
 * how long viewed postings are kept, and what the badge says when a
 * posting could not be stored. Keys ending _one/_other are the plural
 * forms of one phrase (lib/i18n/plural.ts); $1 is the count.
 */
export const DATA = {
  dataWhere: 'Everything Crossroads knows about you lives in this browser, in the extension’s own storage.',
  dataPersisted: 'Your browser has agreed to keep it even when disk space runs low.',
  dataMayEvict: 'Your browser may clear it if disk space runs low, and uninstalling removes it: export a copy now and then.',
  dataUsage: 'Crossroads uses about $1 MB of this browser’s storage.',
  dataExport: 'Export everything',
  dataExported: 'Export saved to your downloads.',
  dataImport: 'Import a file…',
  dataSync: 'Sync my latest profile across my browsers',
  dataSyncHelp:
    'Uses your browser’s own sync (your browser account) for your answers to the statements and choices only: nothing you wrote yourself, no reflection or note. Postings never leave this browser.',
  dataDeleteAsk: 'Delete everything…',
  dataDeleteConfirm: 'Delete every profile, saved posting and note?',
  dataDeleteCannotUndo: ' This cannot be undone.',
  dataDeleteYes: 'Yes, delete everything',
  dataDeleteNo: 'Keep my data',
  dataDeleted: 'Everything was deleted.',

  retentionTitle: 'Postings you only viewed',
  retentionHelp:
    'Crossroads remembers postings you viewed and did nothing with for a while, then forgets them. Postings you saved, dismissed or wrote a note on are kept until you delete them.',
  retentionDays: 'Forget them after (days)',
  retentionRows: 'Keep at most (postings)',
  retentionApply: 'Apply',
  retentionNoneDeleted: 'Applied. No viewed posting had to be forgotten.',
  retentionDeleted_one: 'Applied. $1 viewed posting was forgotten.',
  retentionDeleted_other: 'Applied. $1 viewed postings were forgotten.',
  deleteSeenLabel: 'Forget viewed postings last seen before',
  deleteSeenButton: 'Forget them',
  deleteSeenNone: 'No viewed posting was last seen before that date.',
  deleteSeen_one: '$1 viewed posting forgotten.',
  deleteSeen_other: '$1 viewed postings forgotten.',
  deleteSeenNoDate: 'Choose a date first.',

  importDone: 'Imported the file:',
  importNothing: 'Imported the file: everything in it was already here.',
  importAdded_one: '$1 posting added',
  importAdded_other: '$1 postings added',
  importMerged_one: '$1 posting merged with what was here',
  importMerged_other: '$1 postings merged with what was here',
  importUnchanged_one: '$1 posting already here, skipped',
  importUnchanged_other: '$1 postings already here, skipped',
  importProfilesAdded_one: '$1 profile added',
  importProfilesAdded_other: '$1 profiles added',
  importProfilesHeld_one: '$1 profile already here, skipped',
  importProfilesHeld_other: '$1 profiles already here, skipped',
  importConflicts_one: '$1 posting has newer changes here than in the file; your changes were kept:',
  importConflicts_other: '$1 postings have newer changes here than in the file; your changes were kept:',
  importRefused_one: '$1 posting refused, dated in the future:',
  importRefused_other: '$1 postings refused, dated in the future:',
  importRefusedProfiles_one: '$1 profile refused, dated in the future',
  importRefusedProfiles_other: '$1 profiles refused, dated in the future',
  importCheckInsAdded_one: '$1 check-in added',
  importCheckInsAdded_other: '$1 check-ins added',
  importRefusedCheckIns_one: '$1 check-in refused, dated in the future',
  importRefusedCheckIns_other: '$1 check-ins refused, dated in the future',
  importUnreadableRestored_one: '$1 entry the exporting version could not read, restored as it was',
  importUnreadableRestored_other: '$1 entries the exporting version could not read, restored as they were',
  importUnreadableKeyHeld_one: '$1 entry the exporting version could not read, not restored: an entry here already has its key',
  importUnreadableKeyHeld_other:
    '$1 entries the exporting version could not read, not restored: entries here already have their keys',
  importUnreadableNoKey_one: '$1 entry the exporting version could not read, not restored: it has no key to store it under',
  importUnreadableNoKey_other:
    '$1 entries the exporting version could not read, not restored: they have no key to store them under',

  notStoredFull:
    'Crossroads could not remember this posting: your browser has no room left. The label is still right. Free some disk space, or forget old postings in the dashboard.',
  notStoredLimit:
    'Crossroads is not remembering new postings from this site for a while: it showed more than anyone reads. Save this one to keep it.',
  notStoredFailed: 'Crossroads could not remember this posting. The label is still right.',
} as const;
