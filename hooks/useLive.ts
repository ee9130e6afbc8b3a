import { useEffect, useState } from 'react';
import { watch } from '@/lib/db/watch';

/**
 * A database query's answer, kept current (lib/db/watch.ts). Undefined
 * until the first answer. `key` names the query: a new key subscribes anew,
 * a new closure with the same key does not.
 */
export function useLive<T>(key: string, query: () => Promise<T>, onError: (e: unknown) => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the query; a new closure for the same key is the same query
  useEffect(() => watch(query, setValue, onError), [key, onError]);
  return value;
}
