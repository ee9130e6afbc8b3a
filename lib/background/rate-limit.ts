/**
 * At most `max` events in any `windowMs`: the background's guard on opening
 * tabs for the page side, so nothing on a page can flood the browser with
 * Crossroads tabs. In memory: a service worker that restarts forgets, which
 * only lets through one more window's worth.
 */
export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const times: number[] = [];
  return () => {
    const t = now();
    while (times.length > 0 && (times[0] as number) <= t - windowMs) times.shift();
    if (times.length >= max) return false;
    times.push(t);
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
): { allow: (key: number) => boolean; forget: (key: number) => void } {
  const limits = new Map<number, () => boolean>();
  return {
    allow(key) {
      const limit = limits.get(key) ?? rateLimit(max, windowMs, now);
      limits.set(key, limit);
      return limit();
    },
    forget: (key) => void limits.delete(key),
  };
}
