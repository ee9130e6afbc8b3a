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
