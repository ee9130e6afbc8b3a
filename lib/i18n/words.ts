import { type MessageKey, t } from './t';

/**
 * Words to say later, in the user's language: a message key and its
 * substitutions. Tables built when a module loads hold these, so nothing is
 * looked up before the browser's i18n (or the CLI's English) is there.
 */
export interface Words {
  key: MessageKey;
  args: string[];
}

export function words(key: MessageKey, ...args: Array<string | number>): Words {
  return { key, args: args.map(String) };
}

export function say(w: Words): string {
  return t(w.key, ...w.args);
}
