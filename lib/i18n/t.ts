import type { EN } from './en';

export type MessageKey = keyof typeof EN;

type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * A word users see, in their browser's language, from _locales through the
 * browser's i18n (English first: lib/i18n/en.ts is the source of
 * public/_locales/en/messages.json). Read-only and synchronous: the one
 * browser API besides lib/messages/channel.ts that views may reach. Outside
 * the extension (Node tests) it answers the key, which no view relies on.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const g = globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } }; browser?: { i18n?: { getMessage?: GetMessage } } };
  const getMessage = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return getMessage?.(key, substitutions.map(String)) || key;
}

/**
 * The language the words answer in (a BCP 47 tag): the catalogue _locales
 * chose for the browser's UI language, which says so in its
 * catalogueLanguage message. Undefined outside the extension.
 */
export function wordsLanguage(): string | undefined {
  const said = t('catalogueLanguage');
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(said) ? said : undefined;
}

/** Marks an extension page as written in the words' language, so screen readers speak it and hyphenation follows it. */
export function markPageLanguage(doc: Document): void {
  const language = wordsLanguage();
  if (language) doc.documentElement.lang = language;
}
