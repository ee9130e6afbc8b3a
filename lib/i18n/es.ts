import { ASSESS } from './es/assess';
import { CLASSIFY } from './es/classify';
import { DATA } from './es/data';
import { ERRORS } from './es/errors';
import { FIT } from './es/fit';
import { PAGES } from './es/pages';
import { VIEWS } from './es/views';

/**
 * Spanish, the source of public/_locales/es/messages.json, part by part as
 * lib/i18n/en/. Register: tú, as Spanish consumer software speaks on both
 * sides of the Atlantic today; neutral vocabulary (no vosotros, no
 * ordenador or computadora), gender-neutral where it costs nothing (persona,
 * quien). A posting is an oferta, a job offered to the user a propuesta.
 * Quotes «», as the RAE recommends first.
 */
export const ES = { ...VIEWS, ...PAGES, ...DATA, ...ASSESS, ...CLASSIFY, ...FIT, ...ERRORS };
