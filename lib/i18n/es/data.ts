import type { SpanishForms, Translation } from '../catalogue';
import type { DATA as EN } from '../en/data';

/** The words about the user's data, in Spanish. The _many forms are for a million and more ("1.000.000 de ofertas"). */
export const DATA: Translation<typeof EN, SpanishForms> = {
  dataWhere: 'Todo lo que Crossroads sabe de ti vive en este navegador, en el almacenamiento propio de la extensión.',
  dataPersisted: 'Tu navegador ha aceptado conservarlo aunque quede poco espacio en disco.',
  dataMayEvict:
    'Tu navegador puede borrarlo si queda poco espacio en disco, y desinstalar la extensión lo elimina: exporta una copia de vez en cuando.',
  dataUsage: 'Crossroads usa unos $1 MB del almacenamiento de este navegador.',
  dataExport: 'Exportarlo todo',
  dataExported: 'Exportación guardada en tus descargas.',
  dataImport: 'Importar un archivo…',
  dataSync: 'Sincronizar mi último perfil entre mis navegadores',
  dataSyncHelp:
    'Usa la sincronización de tu navegador (tu cuenta del navegador) solo para tus respuestas a las afirmaciones y tus elecciones: nada de lo que hayas escrito tú, ni reflexiones ni notas. Las ofertas nunca salen de este navegador.',
  dataDeleteAsk: 'Borrarlo todo…',
  dataDeleteConfirm: '¿Borrar todos los perfiles, ofertas guardadas y notas?',
  dataDeleteCannotUndo: ' No se puede deshacer.',
  dataDeleteYes: 'Sí, borrarlo todo',
  dataDeleteNo: 'Conservar mis datos',
  dataDeleted: 'Se ha borrado todo.',

  retentionTitle: 'Ofertas que solo has visto',
  retentionHelp:
    'Crossroads recuerda durante un tiempo las ofertas que has visto sin hacer nada con ellas, y después las olvida. Las que has guardado, descartado o anotado se conservan hasta que las borres.',
  retentionDays: 'Olvidarlas después de (días)',
  retentionRows: 'Conservar como máximo (ofertas)',
  retentionApply: 'Aplicar',
  retentionNoneDeleted: 'Aplicado. No ha hecho falta olvidar ninguna oferta vista.',
  retentionDeleted_one: 'Aplicado. Se ha olvidado $1 oferta vista.',
  retentionDeleted_many: 'Aplicado. Se han olvidado $1 de ofertas vistas.',
  retentionDeleted_other: 'Aplicado. Se han olvidado $1 ofertas vistas.',
  deleteSeenLabel: 'Olvidar las ofertas vistas por última vez antes del',
  deleteSeenButton: 'Olvidarlas',
  deleteSeenNone: 'Ninguna oferta vista se vio por última vez antes de esa fecha.',
  deleteSeen_one: '$1 oferta vista olvidada.',
  deleteSeen_many: '$1 de ofertas vistas olvidadas.',
  deleteSeen_other: '$1 ofertas vistas olvidadas.',
  deleteSeenNoDate: 'Elige primero una fecha.',

  importDone: 'Archivo importado:',
  importNothing: 'Archivo importado: todo lo que contenía ya estaba aquí.',
  importAdded_one: '$1 oferta añadida',
  importAdded_many: '$1 de ofertas añadidas',
  importAdded_other: '$1 ofertas añadidas',
  importMerged_one: '$1 oferta combinada con lo que había',
  importMerged_many: '$1 de ofertas combinadas con lo que había',
  importMerged_other: '$1 ofertas combinadas con lo que había',
  importUnchanged_one: '$1 oferta ya estaba aquí, omitida',
  importUnchanged_many: '$1 de ofertas ya estaban aquí, omitidas',
  importUnchanged_other: '$1 ofertas ya estaban aquí, omitidas',
  importProfilesAdded_one: '$1 perfil añadido',
  importProfilesAdded_many: '$1 de perfiles añadidos',
  importProfilesAdded_other: '$1 perfiles añadidos',
  importProfilesHeld_one: '$1 perfil ya estaba aquí, omitido',
  importProfilesHeld_many: '$1 de perfiles ya estaban aquí, omitidos',
  importProfilesHeld_other: '$1 perfiles ya estaban aquí, omitidos',
  importConflicts_one: '$1 oferta tiene cambios más recientes aquí que en el archivo; se han conservado tus cambios:',
  importConflicts_many: '$1 de ofertas tienen cambios más recientes aquí que en el archivo; se han conservado tus cambios:',
  importConflicts_other: '$1 ofertas tienen cambios más recientes aquí que en el archivo; se han conservado tus cambios:',
  importRefused_one: '$1 oferta rechazada, con fecha en el futuro:',
  importRefused_many: '$1 de ofertas rechazadas, con fecha en el futuro:',
  importRefused_other: '$1 ofertas rechazadas, con fecha en el futuro:',
  importRefusedProfiles_one: '$1 perfil rechazado, con fecha en el futuro',
  importRefusedProfiles_many: '$1 de perfiles rechazados, con fecha en el futuro',
  importRefusedProfiles_other: '$1 perfiles rechazados, con fecha en el futuro',
  importCheckInsAdded_one: '$1 balance añadido',
  importCheckInsAdded_many: '$1 de balances añadidos',
  importCheckInsAdded_other: '$1 balances añadidos',
  importRefusedCheckIns_one: '$1 balance rechazado, con fecha en el futuro',
  importRefusedCheckIns_many: '$1 de balances rechazados, con fecha en el futuro',
  importRefusedCheckIns_other: '$1 balances rechazados, con fecha en el futuro',
  importUnreadableRestored_one: '$1 entrada que la versión que exportó no pudo leer, restaurada tal cual',
  importUnreadableRestored_many: '$1 de entradas que la versión que exportó no pudo leer, restauradas tal cual',
  importUnreadableRestored_other: '$1 entradas que la versión que exportó no pudo leer, restauradas tal cual',
  importUnreadableKeyHeld_one:
    '$1 entrada que la versión que exportó no pudo leer, no restaurada: ya hay aquí una entrada con su clave',
  importUnreadableKeyHeld_many:
    '$1 de entradas que la versión que exportó no pudo leer, no restauradas: ya hay aquí entradas con sus claves',
  importUnreadableKeyHeld_other:
    '$1 entradas que la versión que exportó no pudo leer, no restauradas: ya hay aquí entradas con sus claves',
  importUnreadableNoKey_one:
    '$1 entrada que la versión que exportó no pudo leer, no restaurada: no tiene clave con la que guardarla',
  importUnreadableNoKey_many:
    '$1 de entradas que la versión que exportó no pudo leer, no restauradas: no tienen clave con la que guardarlas',
  importUnreadableNoKey_other:
    '$1 entradas que la versión que exportó no pudo leer, no restauradas: no tienen clave con la que guardarlas',

  notStoredFull:
    'Crossroads no ha podido recordar esta oferta: tu navegador no tiene más espacio. La etiqueta sigue siendo correcta. Libera espacio en disco u olvida ofertas antiguas desde el panel.',
  notStoredLimit:
    'Crossroads no recordará nuevas ofertas de este sitio durante un tiempo: ha mostrado más de las que nadie lee. Guarda esta para conservarla.',
  notStoredFailed: 'Crossroads no ha podido recordar esta oferta. La etiqueta sigue siendo correcta.',
};
