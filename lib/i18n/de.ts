import { ASSESS } from './de/assess';
import { CLASSIFY } from './de/classify';
import { DATA } from './de/data';
import { ERRORS } from './de/errors';
import { FIT } from './de/fit';
import { PAGES } from './de/pages';
import { VIEWS } from './de/views';

/**
 * German, the source of public/_locales/de/messages.json, part by part as
 * lib/i18n/en/ (each part is typed against its English one). Register: du,
 * lower case, as German career and consumer products speak to people today,
 * and because the assessment asks personal questions, which read stiff with
 * Sie. The only exception are questions the user puts to a recruiter, which
 * are in the first person. Gender-fair without the asterisk: neutral nouns
 * (Führungskraft, Fachleute, Mitarbeitende, Bewerbende) or both forms.
 */
export const DE = { ...VIEWS, ...PAGES, ...DATA, ...ASSESS, ...CLASSIFY, ...FIT, ...ERRORS };
