import { EN } from '../i18n/en';
import { getMessageFrom, toMessagesJson } from '../i18n/messages-json';

type I18n = { i18n?: { getMessage?: unknown } };

/**
 * Outside a browser there is no i18n API: the CLI gives lib/i18n/t one that
 * answers in English from the same catalogue the extension ships, so reasons
 * and explanations read as they do in the browser.
 */
export function speakEnglish(): void {
  const g = globalThis as { browser?: I18n; chrome?: I18n };
  if (g.browser?.i18n?.getMessage || g.chrome?.i18n?.getMessage) return;
  g.chrome = { ...g.chrome, i18n: { getMessage: getMessageFrom(toMessagesJson(EN)) } };
}
