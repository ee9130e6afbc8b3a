import type { GermanForms, Translation } from '../catalogue';
import type { DATA as EN } from '../en/data';

/** The words about the user's data, in German. */
export const DATA: Translation<typeof EN, GermanForms> = {
  dataWhere: 'Alles, was Crossroads über dich weiß, liegt in diesem Browser, im eigenen Speicher der Erweiterung.',
  dataPersisted: 'Dein Browser hat zugesagt, es auch bei knappem Speicherplatz zu behalten.',
  dataMayEvict:
    'Dein Browser darf es löschen, wenn der Speicherplatz knapp wird, und beim Deinstallieren geht es verloren: Exportiere ab und zu eine Kopie.',
  dataUsage: 'Crossroads belegt etwa $1 MB im Speicher dieses Browsers.',
  dataExport: 'Alles exportieren',
  dataExported: 'Export in deinen Downloads gespeichert.',
  dataImport: 'Datei importieren…',
  dataSync: 'Mein neuestes Profil zwischen meinen Browsern synchronisieren',
  dataSyncHelp:
    'Nutzt die Synchronisierung deines Browsers (dein Browserkonto) nur für deine Antworten auf die Aussagen und deine Auswahl: nichts, was du selbst geschrieben hast, keine Reflexion, keine Notiz. Stellen verlassen diesen Browser nie.',
  dataDeleteAsk: 'Alles löschen…',
  dataDeleteConfirm: 'Jedes Profil, jede gespeicherte Stelle und jede Notiz löschen?',
  dataDeleteCannotUndo: ' Das lässt sich nicht rückgängig machen.',
  dataDeleteYes: 'Ja, alles löschen',
  dataDeleteNo: 'Meine Daten behalten',
  dataDeleted: 'Alles wurde gelöscht.',

  retentionTitle: 'Stellen, die du nur angesehen hast',
  retentionHelp:
    'Crossroads merkt sich eine Weile lang Stellen, die du angesehen und dann liegen gelassen hast, und vergisst sie danach. Stellen, die du gespeichert, ausgeblendet oder mit einer Notiz versehen hast, bleiben, bis du sie löschst.',
  retentionDays: 'Vergessen nach (Tagen)',
  retentionRows: 'Höchstens behalten (Stellen)',
  retentionApply: 'Übernehmen',
  retentionNoneDeleted: 'Übernommen. Keine angesehene Stelle musste vergessen werden.',
  retentionDeleted_one: 'Übernommen. $1 angesehene Stelle wurde vergessen.',
  retentionDeleted_other: 'Übernommen. $1 angesehene Stellen wurden vergessen.',
  deleteSeenLabel: 'Angesehene Stellen vergessen, die zuletzt gesehen wurden vor dem',
  deleteSeenButton: 'Vergessen',
  deleteSeenNone: 'Keine angesehene Stelle wurde zuletzt vor diesem Datum gesehen.',
  deleteSeen_one: '$1 angesehene Stelle vergessen.',
  deleteSeen_other: '$1 angesehene Stellen vergessen.',
  deleteSeenNoDate: 'Wähle zuerst ein Datum.',

  importDone: 'Datei importiert:',
  importNothing: 'Datei importiert: Alles darin war schon vorhanden.',
  importAdded_one: '$1 Stelle hinzugefügt',
  importAdded_other: '$1 Stellen hinzugefügt',
  importMerged_one: '$1 Stelle mit dem Vorhandenen zusammengeführt',
  importMerged_other: '$1 Stellen mit dem Vorhandenen zusammengeführt',
  importUnchanged_one: '$1 Stelle schon vorhanden, übersprungen',
  importUnchanged_other: '$1 Stellen schon vorhanden, übersprungen',
  importProfilesAdded_one: '$1 Profil hinzugefügt',
  importProfilesAdded_other: '$1 Profile hinzugefügt',
  importProfilesHeld_one: '$1 Profil schon vorhanden, übersprungen',
  importProfilesHeld_other: '$1 Profile schon vorhanden, übersprungen',
  importConflicts_one: 'Bei $1 Stelle sind die Änderungen hier neuer als in der Datei; deine Änderungen bleiben erhalten:',
  importConflicts_other: 'Bei $1 Stellen sind die Änderungen hier neuer als in der Datei; deine Änderungen bleiben erhalten:',
  importRefused_one: '$1 Stelle abgelehnt, weil sie in der Zukunft datiert ist:',
  importRefused_other: '$1 Stellen abgelehnt, weil sie in der Zukunft datiert sind:',
  importRefusedProfiles_one: '$1 Profil abgelehnt, weil es in der Zukunft datiert ist',
  importRefusedProfiles_other: '$1 Profile abgelehnt, weil sie in der Zukunft datiert sind',
  importCheckInsAdded_one: '$1 Zwischenbilanz hinzugefügt',
  importCheckInsAdded_other: '$1 Zwischenbilanzen hinzugefügt',
  importRefusedCheckIns_one: '$1 Zwischenbilanz abgelehnt, weil sie in der Zukunft datiert ist',
  importRefusedCheckIns_other: '$1 Zwischenbilanzen abgelehnt, weil sie in der Zukunft datiert sind',
  importUnreadableRestored_one: '$1 Eintrag, den die exportierende Version nicht lesen konnte, unverändert wiederhergestellt',
  importUnreadableRestored_other: '$1 Einträge, die die exportierende Version nicht lesen konnte, unverändert wiederhergestellt',
  importUnreadableKeyHeld_one:
    '$1 Eintrag, den die exportierende Version nicht lesen konnte, nicht wiederhergestellt: Ein Eintrag hier hat schon denselben Schlüssel',
  importUnreadableKeyHeld_other:
    '$1 Einträge, die die exportierende Version nicht lesen konnte, nicht wiederhergestellt: Einträge hier haben schon dieselben Schlüssel',
  importUnreadableNoKey_one:
    '$1 Eintrag, den die exportierende Version nicht lesen konnte, nicht wiederhergestellt: Er hat keinen Schlüssel, unter dem er sich speichern ließe',
  importUnreadableNoKey_other:
    '$1 Einträge, die die exportierende Version nicht lesen konnte, nicht wiederhergestellt: Sie haben keinen Schlüssel, unter dem sie sich speichern ließen',

  notStoredFull:
    'Crossroads konnte sich diese Stelle nicht merken: Dein Browser hat keinen Platz mehr. Die Einordnung stimmt trotzdem. Schaffe etwas Speicherplatz oder lass alte Stellen in der Übersicht vergessen.',
  notStoredLimit:
    'Crossroads merkt sich eine Weile keine neuen Stellen dieser Website: Sie hat mehr gezeigt, als jemand lesen kann. Speichere diese hier, um sie zu behalten.',
  notStoredFailed: 'Crossroads konnte sich diese Stelle nicht merken. Die Einordnung stimmt trotzdem.',
};
