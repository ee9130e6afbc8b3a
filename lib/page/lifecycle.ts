import { extensionAlive } from '../messages/channel';

/** What the detector needs from its script's lifetime. */
export interface Lifecycle {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  /** Client-side navigation: the URL changed without a new document. */
  onLocationChange(handler: () => void): void;
}

/** Often enough that a navigation without DOM changes is noticed at once; the MutationObserver sees the rest. */
const LOCATION_POLL_MS = 500;

/**
 * The content script's own lifetime, kept inside the isolated world.
 *
 * WXT's ContentScriptContext announces every start to the page (a
 * postMessage and a DOM event named with the extension id) and stops when
 * the page forges that event: a fingerprint and a remote switch-off. Here a
 * second copy of the script (the every-site registration beside the
 * manifest's, or "Analyze this page" run twice) finds the first through the
 * isolated world's global, which page scripts cannot see, and stops it; the
 * extension going away (update, uninstall) is noticed when its runtime id
 * disappears. Nothing here dispatches an event or touches the DOM.
 */
export function isolatedLifecycle(key: string): Lifecycle {
  const scope = globalThis as unknown as Record<string, (() => void) | undefined>;
  scope[key]?.();
  const callbacks: Array<() => void> = [];
  let invalid = false;
  const invalidate = () => {
    if (invalid) return;
    invalid = true;
    for (const cb of callbacks.splice(0)) {
      try {
        cb();
      } catch {}
    }
  };
  scope[key] = invalidate;
  const life: Lifecycle = {
    get isInvalid() {
      if (!invalid && !extensionAlive()) invalidate();
      return invalid;
    },
    onInvalidated: (cb) => {
      callbacks.push(cb);
    },
    // A timer that fires after the end does nothing (kept out of the callbacks, which would grow with every timer).
    setTimeout: (handler, ms) => setTimeout(() => life.isInvalid || handler(), ms) as unknown as number,
    onLocationChange: (handler) => {
      let href = location.href;
      const id = setInterval(() => {
        if (life.isInvalid || location.href === href) return;
        href = location.href;
        handler();
      }, LOCATION_POLL_MS);
      callbacks.push(() => clearInterval(id));
    },
  };
  return life;
}
