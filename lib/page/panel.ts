import { t } from '../i18n/t';
import { frameIn, type PageBadge } from './badge';
import { placePanel } from './place';

const WIDTH = 400;
/** Tall enough for every reason unfolded on most screens; beyond it the panel scrolls, its actions kept in view. */
const MAX_HEIGHT = 720;
/** Shown anyway if the panel's first size never comes (the background asleep, a slow machine). */
const SHOW_AFTER_MS = 1_500;

const HOST =
  'all:initial!important;display:block!important;position:fixed!important;margin:0!important;padding:0!important;border:0!important;' +
  'inset:auto!important;overflow:visible!important;background:transparent!important;opacity:1!important;pointer-events:auto!important;z-index:2147483647!important;';

export interface Panels {
  /** The user clicked a badge: open its panel (closing any other), or close it if it is open. */
  toggle(badge: PageBadge): void;
  /** The panel reported its content's height. */
  resize(token: string, height: number): void;
  /** Closes the open panel (if it is this token's), optionally giving focus back to its badge. */
  close(token?: string, returnFocus?: boolean): void;
}

interface Open {
  badge: PageBadge;
  host: HTMLElement;
  frame: HTMLIFrameElement;
  content: number;
  shown: boolean;
  stop: AbortController;
}

/**
 * One panel at a time, in the top layer (a manual popover, above anything the
 * page stacks) and in a frame of the extension's panel page, built only when
 * the user opens it. It sits beside its badge and stays inside the window;
 * Escape, a click outside or its close button close it, and focus goes into
 * it on opening and back to the badge on closing. Only trusted events count:
 * a page's script cannot open, close or steer it.
 */
/** The open panel's closer, shared by every copy of the page script in this isolated world (the job-site script and "Analyze this page"). */
const OPEN = Symbol.for('crossroads.open-panel');
const scope = globalThis as unknown as Record<symbol, (() => void) | undefined>;

export function createPanels(mark: (host: Node) => void, onClosed: (badge: PageBadge) => void): Panels {
  let open: Open | undefined;
  let frameRequest = 0;

  const place = () => {
    if (!open) return;
    const { host, badge, content, shown } = open;
    const p = placePanel(
      badge.frame.getBoundingClientRect(),
      { width: WIDTH, height: Math.min(content || 360, MAX_HEIGHT) },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    host.style.cssText = `${HOST}top:${p.top}px!important;left:${p.left}px!important;width:${p.width}px!important;height:${p.height}px!important;visibility:${shown ? 'visible' : 'hidden'}!important`;
  };
  const schedule = () => {
    cancelAnimationFrame(frameRequest);
    frameRequest = requestAnimationFrame(place);
  };

  const show = () => {
    if (!open || open.shown) return;
    open.shown = true;
    place();
    open.frame.focus();
  };

  const close = (token?: string, returnFocus = false) => {
    if (!open || (token && open.badge.token !== token)) return;
    const { badge, host, stop } = open;
    open = undefined;
    scope[OPEN] = undefined;
    stop.abort();
    cancelAnimationFrame(frameRequest);
    // Hidden at once; the frame goes a moment later, once focus has left it and the key that closed it is done.
    host.style.setProperty('visibility', 'hidden', 'important');
    if (returnFocus && !badge.dismissed) badge.focus();
    setTimeout(() => host.remove(), 100);
    onClosed(badge);
  };

  const openFor = (badge: PageBadge) => {
    // One panel at a time, whichever script opened the other.
    scope[OPEN]?.();
    scope[OPEN] = () => close();
    const host = document.createElement('span');
    host.setAttribute('popover', 'manual');
    mark(host);
    const frame = frameIn(host.attachShadow({ mode: 'closed' }), 'panel.html', badge.token, t('panelFrameTitle'));
    frame.style.cssText =
      'all:initial;display:block;width:100%;height:100%;border:0;border-radius:12px;box-shadow:0 10px 30px #0004,0 2px 6px #0003;color-scheme:normal';
    const stop = new AbortController();
    const mine: Open = { badge, host, frame, content: 0, shown: false, stop };
    open = mine;
    place();
    document.documentElement.append(host);
    try {
      host.showPopover();
    } catch {
      // No popover support, or the page took the attribute away: the z-index still puts it on top of most pages.
    }
    const on = { capture: true, passive: true, signal: stop.signal };
    // Clicks inside the frames never reach the page: any trusted press the page sees is outside the panel.
    addEventListener('pointerdown', (e) => e.isTrusted && close(), on);
    addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape') close(undefined, true);
      },
      on,
    );
    addEventListener('resize', schedule, on);
    addEventListener('scroll', schedule, on);
    setTimeout(() => open === mine && show(), SHOW_AFTER_MS);
  };

  return {
    toggle(badge) {
      const same = open?.badge === badge;
      close(undefined, same);
      if (!same) openFor(badge);
    },
    resize(token, height) {
      if (!open || open.badge.token !== token) return;
      open.content = height;
      if (open.shown) schedule();
      else show();
    },
    close,
  };
}
