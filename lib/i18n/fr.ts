import { ASSESS } from './fr/assess';
import { CLASSIFY } from './fr/classify';
import { DATA } from './fr/data';
import { ERRORS } from './fr/errors';
import { FIT } from './fr/fit';
import { PAGES } from './fr/pages';
import { VIEWS } from './fr/views';

/**
 * French, the source of public/_locales/fr/messages.json, part by part as
 * lib/i18n/en/. Register: vous, as French consumer and career software
 * speaks to adults it does not know (tu would read as presumptuous to a
 * director reading job ads). Vocabulary of the French "double filière":
 * management and expertise; a posting is an offre, a job offered to the
 * user a proposition. Typography: no-break spaces before : and inside « »,
 * narrow ones before ; ? ! and %, as Intl writes "82 %".
 */
export const FR = { ...VIEWS, ...PAGES, ...DATA, ...ASSESS, ...CLASSIFY, ...FIT, ...ERRORS };
