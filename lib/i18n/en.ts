import { ASSESS } from './en/assess';
import { CLASSIFY } from './en/classify';
import { DATA } from './en/data';
import { ERRORS } from './en/errors';
import { FIT } from './en/fit';
import { PAGES } from './en/pages';
import { VIEWS } from './en/views';

/**
 * English, the source of public/_locales/en/messages.json (scripts/write-locales.ts
 * writes it; a test keeps the two equal). $1, $2 … are substitutions; keys
 * ending _one, _other are plural forms (lib/i18n/plural.ts). Split by
 * the part of the product that says them; keys are unique across the parts.
 * Other languages go in public/_locales/<lang>/messages.json with the same keys.
 */
export const EN = { ...VIEWS, ...PAGES, ...DATA, ...ASSESS, ...CLASSIFY, ...FIT, ...ERRORS };
