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

/** Words stored to be said later: a key, and substitutions that are text or the key of other words. */
export interface PhraseLike {
  key: string;
  args: ReadonlyArray<string | { key: string }>;
}

/** A stored phrase said now, in the user's language: nested keys first, then the phrase around them. */
export function sayPhrase(p: PhraseLike): string {
  return t(p.key as MessageKey, ...p.args.map((a) => (typeof a === 'string' ? a : t(a.key as MessageKey))));
}
