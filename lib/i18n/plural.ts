import { formatNumber, uiLanguage } from './format';
import { type MessageKey, t } from './t';

/** Keys with plural forms: `name_one`, `name_other` (and `_few`, `_many` … where a language has them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/**
 * A counted phrase in the user's language: the browsers' i18n has no plural
 * forms, so each form is its own message, `${key}_${category}` for the
 * CLDR category of the count in the UI language (Intl.PluralRules), falling
 * back to `_other` where a catalogue lacks the form. $1 is the count;
 * numbers are written as the language groups them (2,000, 2.000, 2 000).
 */
export function tn(key: PluralKey, count: number, ...more: Array<string | number>): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {}
  const args = [count, ...more].map((a) => (typeof a === 'number' ? formatNumber(a) : a));
  const form = `${key}_${category}` as MessageKey;
  const said = t(form, ...args);
  return said === form ? t(`${key}_other` as MessageKey, ...args) : said;
}
