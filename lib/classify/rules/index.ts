import { DE } from './de';
import { AUTHORITY } from './en/authority';
import { DEMAND } from './en/demand';
import { HANDS_ON } from './en/hands-on';
import { NO_AUTHORITY } from './en/no-authority';
import { ES } from './es';
import { FR } from './fr';
import { type Language, type Rule, rules } from './types';

/** Every rule, by language. English always runs: postings in other languages borrow its words. */
export const RULES: Record<Language, readonly Rule[]> = {
  en: rules('en', [...AUTHORITY, ...NO_AUTHORITY, ...HANDS_ON, ...DEMAND]),
  de: rules('de', DE),
  fr: rules('fr', FR),
  es: rules('es', ES),
};

export const ALL_RULES: readonly Rule[] = Object.values(RULES).flat();

export function rulesFor(languages: readonly Language[]): Rule[] {
  return ['en' as const, ...languages.filter((l) => l !== 'en')].flatMap((l) => RULES[l]);
}
