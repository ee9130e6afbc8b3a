// IndexedDB for Dexie in Node: the same engine behaviour tests rely on, in memory.
import 'fake-indexeddb/auto';
