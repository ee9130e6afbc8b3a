import type { FrenchForms, Translation } from '../catalogue';
import type { ERRORS as EN } from '../en/errors';

/** What went wrong, in French: each says what to do and that nothing was lost. */
export const ERRORS: Translation<typeof EN, FrenchForms> = {
  errorNoAnswer: 'Crossroads n’a pas répondu. Rechargez la page pour réessayer.',
  errorPageClosed: 'Le navigateur ne permet pas aux extensions de lire cette page.',
  errorCouldNotRead: 'Impossible de lire cette page : $1',
  errorImportNotJson:
    'Ce fichier n’est pas du JSON valide : ce ne peut donc pas être un export Crossroads. Rien n’a été modifié.',
  errorImportNotExport: 'Ce fichier n’est pas un export Crossroads. Rien n’a été modifié.',
  errorImportNewer:
    'Cet export provient d’une version plus récente de Crossroads. Mettez l’extension à jour, puis importez-le à nouveau. Rien n’a été modifié.',
  errorImportDamaged: 'Cet export est endommagé : $1. Rien n’a été modifié.',
  errorStorageFull:
    'Votre navigateur n’a plus de place pour les données de Crossroads. Rien de ce qui était déjà enregistré n’est perdu ; libérez de l’espace ou supprimez d’anciennes offres, puis réessayez.',
  errorPostingGone: 'Cette offre n’est plus enregistrée.',
};
