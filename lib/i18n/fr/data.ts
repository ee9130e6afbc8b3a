import type { FrenchForms, Translation } from '../catalogue';
import type { DATA as EN } from '../en/data';

/** The words about the user's data, in French. The _many forms are for a million and more ("1 000 000 d’offres"). */
export const DATA: Translation<typeof EN, FrenchForms> = {
  dataWhere: 'Tout ce que Crossroads sait de vous se trouve dans ce navigateur, dans le stockage propre à l’extension.',
  dataPersisted: 'Votre navigateur a accepté de le conserver même si l’espace disque vient à manquer.',
  dataMayEvict:
    'Votre navigateur peut l’effacer si l’espace disque vient à manquer, et la désinstallation le supprime : exportez-en une copie de temps en temps.',
  dataUsage: 'Crossroads utilise environ $1 Mo du stockage de ce navigateur.',
  dataExport: 'Tout exporter',
  dataExported: 'Export enregistré dans vos téléchargements.',
  dataImport: 'Importer un fichier…',
  dataSync: 'Synchroniser mon dernier profil entre mes navigateurs',
  dataSyncHelp:
    'Utilise la synchronisation de votre navigateur (votre compte de navigateur) uniquement pour vos réponses aux affirmations et vos choix : rien de ce que vous avez écrit vous-même, ni réflexion ni note. Les offres ne quittent jamais ce navigateur.',
  dataDeleteAsk: 'Tout supprimer…',
  dataDeleteConfirm: 'Supprimer tous les profils, toutes les offres enregistrées et toutes les notes ?',
  dataDeleteCannotUndo: ' Cette action est irréversible.',
  dataDeleteYes: 'Oui, tout supprimer',
  dataDeleteNo: 'Garder mes données',
  dataDeleted: 'Tout a été supprimé.',

  retentionTitle: 'Offres que vous avez seulement consultées',
  retentionHelp:
    'Crossroads garde un temps en mémoire les offres que vous avez consultées sans rien en faire, puis les oublie. Les offres que vous avez enregistrées, écartées ou annotées sont conservées jusqu’à ce que vous les supprimiez.',
  retentionDays: 'Les oublier après (jours)',
  retentionRows: 'En garder au plus (offres)',
  retentionApply: 'Appliquer',
  retentionNoneDeleted: 'Appliqué. Aucune offre consultée n’a dû être oubliée.',
  retentionDeleted_one: 'Appliqué. $1 offre consultée a été oubliée.',
  retentionDeleted_many: 'Appliqué. $1 d’offres consultées ont été oubliées.',
  retentionDeleted_other: 'Appliqué. $1 offres consultées ont été oubliées.',
  deleteSeenLabel: 'Oublier les offres consultées vues pour la dernière fois avant le',
  deleteSeenButton: 'Les oublier',
  deleteSeenNone: 'Aucune offre consultée n’a été vue pour la dernière fois avant cette date.',
  deleteSeen_one: '$1 offre consultée oubliée.',
  deleteSeen_many: '$1 d’offres consultées oubliées.',
  deleteSeen_other: '$1 offres consultées oubliées.',
  deleteSeenNoDate: 'Choisissez d’abord une date.',

  importDone: 'Fichier importé :',
  importNothing: 'Fichier importé : tout son contenu était déjà là.',
  importAdded_one: '$1 offre ajoutée',
  importAdded_many: '$1 d’offres ajoutées',
  importAdded_other: '$1 offres ajoutées',
  importMerged_one: '$1 offre fusionnée avec l’existant',
  importMerged_many: '$1 d’offres fusionnées avec l’existant',
  importMerged_other: '$1 offres fusionnées avec l’existant',
  importUnchanged_one: '$1 offre déjà présente, ignorée',
  importUnchanged_many: '$1 d’offres déjà présentes, ignorées',
  importUnchanged_other: '$1 offres déjà présentes, ignorées',
  importProfilesAdded_one: '$1 profil ajouté',
  importProfilesAdded_many: '$1 de profils ajoutés',
  importProfilesAdded_other: '$1 profils ajoutés',
  importProfilesHeld_one: '$1 profil déjà présent, ignoré',
  importProfilesHeld_many: '$1 de profils déjà présents, ignorés',
  importProfilesHeld_other: '$1 profils déjà présents, ignorés',
  importConflicts_one:
    '$1 offre a des modifications plus récentes ici que dans le fichier ; vos modifications ont été conservées :',
  importConflicts_many:
    '$1 d’offres ont des modifications plus récentes ici que dans le fichier ; vos modifications ont été conservées :',
  importConflicts_other:
    '$1 offres ont des modifications plus récentes ici que dans le fichier ; vos modifications ont été conservées :',
  importRefused_one: '$1 offre refusée, datée dans le futur :',
  importRefused_many: '$1 d’offres refusées, datées dans le futur :',
  importRefused_other: '$1 offres refusées, datées dans le futur :',
  importRefusedProfiles_one: '$1 profil refusé, daté dans le futur',
  importRefusedProfiles_many: '$1 de profils refusés, datés dans le futur',
  importRefusedProfiles_other: '$1 profils refusés, datés dans le futur',
  importCheckInsAdded_one: '$1 point d’étape ajouté',
  importCheckInsAdded_many: '$1 de points d’étape ajoutés',
  importCheckInsAdded_other: '$1 points d’étape ajoutés',
  importRefusedCheckIns_one: '$1 point d’étape refusé, daté dans le futur',
  importRefusedCheckIns_many: '$1 de points d’étape refusés, datés dans le futur',
  importRefusedCheckIns_other: '$1 points d’étape refusés, datés dans le futur',
  importUnreadableRestored_one: '$1 entrée illisible pour la version qui a exporté, restaurée telle quelle',
  importUnreadableRestored_many: '$1 d’entrées illisibles pour la version qui a exporté, restaurées telles quelles',
  importUnreadableRestored_other: '$1 entrées illisibles pour la version qui a exporté, restaurées telles quelles',
  importUnreadableKeyHeld_one:
    '$1 entrée illisible pour la version qui a exporté, non restaurée : une entrée d’ici porte déjà sa clé',
  importUnreadableKeyHeld_many:
    '$1 d’entrées illisibles pour la version qui a exporté, non restaurées : des entrées d’ici portent déjà leurs clés',
  importUnreadableKeyHeld_other:
    '$1 entrées illisibles pour la version qui a exporté, non restaurées : des entrées d’ici portent déjà leurs clés',
  importUnreadableNoKey_one:
    '$1 entrée illisible pour la version qui a exporté, non restaurée : elle n’a pas de clé sous laquelle l’enregistrer',
  importUnreadableNoKey_many:
    '$1 d’entrées illisibles pour la version qui a exporté, non restaurées : elles n’ont pas de clé sous laquelle les enregistrer',
  importUnreadableNoKey_other:
    '$1 entrées illisibles pour la version qui a exporté, non restaurées : elles n’ont pas de clé sous laquelle les enregistrer',

  notStoredFull:
    'Crossroads n’a pas pu garder cette offre en mémoire : votre navigateur n’a plus de place. Le type de rôle reste juste. Libérez de l’espace disque, ou faites oublier d’anciennes offres dans le tableau de bord.',
  notStoredLimit:
    'Crossroads ne garde plus en mémoire les nouvelles offres de ce site pendant un moment : il en a affiché plus que quiconque n’en lit. Enregistrez celle-ci pour la garder.',
  notStoredFailed: 'Crossroads n’a pas pu garder cette offre en mémoire. Le type de rôle reste juste.',
};
