import type { GermanForms, Translation } from '../catalogue';
import type { ERRORS as EN } from '../en/errors';

/** What went wrong, in German: each says what to do and that nothing was lost. */
export const ERRORS: Translation<typeof EN, GermanForms> = {
  errorNoAnswer: 'Crossroads hat nicht geantwortet. Lade die Seite neu, um es noch einmal zu versuchen.',
  errorPageClosed: 'Der Browser erlaubt Erweiterungen nicht, diese Seite zu lesen.',
  errorCouldNotRead: 'Diese Seite ließ sich nicht lesen: $1',
  errorImportNotJson: 'Diese Datei ist kein gültiges JSON und kann daher kein Crossroads-Export sein. Es wurde nichts geändert.',
  errorImportNotExport: 'Diese Datei ist kein Crossroads-Export. Es wurde nichts geändert.',
  errorImportNewer:
    'Dieser Export stammt aus einer neueren Version von Crossroads. Aktualisiere die Erweiterung und importiere ihn dann erneut. Es wurde nichts geändert.',
  errorImportDamaged: 'Dieser Export ist beschädigt: $1. Es wurde nichts geändert.',
  errorStorageFull:
    'Dein Browser hat keinen Platz mehr für Crossroads-Daten. Bereits Gespeichertes ist nicht verloren; schaffe etwas Platz oder lösche alte Stellen und versuch es dann noch einmal.',
  errorPostingGone: 'Diese Stelle ist nicht mehr gespeichert.',
};
