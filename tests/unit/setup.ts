// IndexedDB for Dexie in Node: the same engine behaviour tests rely on, in memory.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom } from '@/lib/i18n/messages-json';

// WXT's fake browser has no i18n: answer from the messages.json the extension
// ships, so tests read the words a user would (a locales test keeps it current).
const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'));
beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessageFrom(messages);
});
