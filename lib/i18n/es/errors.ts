import type { SpanishForms, Translation } from '../catalogue';
import type { ERRORS as EN } from '../en/errors';

/** What went wrong, in Spanish: each says what to do and that nothing was lost. */
export const ERRORS: Translation<typeof EN, SpanishForms> = {
  errorNoAnswer: 'Crossroads no ha respondido. Vuelve a cargar la página para intentarlo de nuevo.',
  errorPageClosed: 'El navegador no permite que las extensiones lean esta página.',
  errorCouldNotRead: 'No se ha podido leer esta página: $1',
  errorImportNotJson:
    'Este archivo no es JSON válido, así que no puede ser una exportación de Crossroads. No se ha cambiado nada.',
  errorImportNotExport: 'Este archivo no es una exportación de Crossroads. No se ha cambiado nada.',
  errorImportNewer:
    'Esta exportación se hizo con una versión más reciente de Crossroads. Actualiza la extensión y vuelve a importarla. No se ha cambiado nada.',
  errorImportDamaged: 'Esta exportación está dañada: $1. No se ha cambiado nada.',
  errorStorageFull:
    'Tu navegador no tiene más espacio para los datos de Crossroads. No se ha perdido nada de lo ya guardado; libera espacio o borra ofertas antiguas y vuelve a intentarlo.',
  errorPostingGone: 'Esa oferta ya no está guardada.',
};
