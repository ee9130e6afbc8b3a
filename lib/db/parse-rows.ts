import type { z } from '../model/zod';

/**
 * Rows as read from IndexedDB, parsed: a row that fails its schema is skipped
 * with a logged reason, so one bad row never breaks a view.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): Array<z.output<S>> {
  const out: Array<z.output<S>> = [];
  for (const row of rows) {
    if (row === undefined) continue;
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`Crossroads: skipped an unreadable ${what}`, parsed.error.issues[0]?.message);
  }
  return out;
}
