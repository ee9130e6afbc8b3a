/**
 * At most `max` events in any `windowMs`: the background's guard on opening
 * tabs for the page side, so nothing on a page can flood the browser with
 * Crossroads tabs. In memory: a service worker that restarts forgets, which
 * only lets through one more window's worth.
 */
export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): (cost?: number) => boolean {
  const spent: Array<{ at: number; cost: number }> = [];
  let total = 0;
  // An event may cost more than one (a report of many postings): the window holds at most `max` in all.
  return (cost = 1) => {
    const t = now();
    while (spent.length > 0 && (spent[0] as { at: number }).at <= t - windowMs) total -= (spent.shift() as { cost: number }).cost;
    if (total + cost > max) return false;
    spent.push({ at: t, cost });
    total += cost;
    return true;
  };
}

/**
 * The same limit kept apart per key (a tab): one page reporting its postings
 * in a loop is refused without slowing any other tab. Keys are forgotten
 * with `forget` (the tab closed).
 */
export function rateLimitPer(
  max: number,
  windowMs: number,
  now: () => number = Date.now,
): { allow: (key: number, cost?: number) => boolean; forget: (key: number) => void } {
  const limits = new Map<number, (cost?: number) => boolean>();
  return {
    allow(key, cost = 1) {
      const limit = limits.get(key) ?? rateLimit(max, windowMs, now);
      limits.set(key, limit);
      return limit(cost);
    },
    forget: (key) => void limits.delete(key),
  };
}
