import { t } from '../i18n/t';
import { frameIn, type PageBadge } from './badge';
import { guardHost } from './guard';
import { placePanel } from './place';

const WIDTH = 400;
/**
 * The panel's height, whatever it shows: the page can read the host's size,
 * and a height that followed the content would tell it how many reasons the
 * posting got and whether the user has a profile (the fit section). Only the
 * window shortens it (place.ts); beyond it the panel scrolls, its actions kept in view.
 */
const HEIGHT = 600;
/** Shown anyway if the panel's first size never comes (the background asleep, a slow machine). */
const SHOW_AFTER_MS = 1_500;

const HOST =
  'all:initial!important;display:block!important;position:fixed!important;margin:0!important;padding:0!important;border:0!important;' +
  'inset:auto!important;overflow:visible!important;background:transparent!important;opacity:1!important;pointer-events:auto!important;z-index:2147483647!important;';

export interface Panels {
  /** The user clicked a badge: open its panel (closing any other), or close it if it is open. */
  toggle(badge: PageBadge): void;
  /** The panel reported its content's height: it is ready to show (the height itself is not used, see HEIGHT). */
  resize(token: string, height: number): void;
  /** Closes the open panel (if it is this token's), optionally giving focus back to its badge. */
  close(token?: string, returnFocus?: boolean): void;
}

interface Open {
  badge: PageBadge;
  host: HTMLElement;
  frame: HTMLIFrameElement;
  shown: boolean;
  stop: AbortController;
  /** The host's style as we last set it, re-asserted if the page changes it. */
  css: string;
  apply: () => void;
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
    const { badge, shown } = open;
    const p = placePanel(
      badge.frame.getBoundingClientRect(),
      { width: WIDTH, height: HEIGHT },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    open.css = `${HOST}top:${p.top}px!important;left:${p.left}px!important;width:${p.width}px!important;height:${p.height}px!important;visibility:${shown ? 'visible' : 'hidden'}!important`;
    open.apply();
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
    const closing = open;
    const { badge, host, stop } = closing;
    open = undefined;
    scope[OPEN] = undefined;
    stop.abort();
    cancelAnimationFrame(frameRequest);
    // Hidden at once; the frame goes a moment later, once focus has left it and the key that closed it is done.
    closing.css += ';visibility:hidden!important;pointer-events:none!important';
    closing.apply();
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
    // Hidden and click-through with its host (all:initial would make it visible and clickable on its own).
    frame.style.cssText =
      'all:initial;visibility:inherit;pointer-events:inherit;display:block;width:100%;height:100%;border:0;border-radius:12px;box-shadow:0 10px 30px #0004,0 2px 6px #0003;color-scheme:normal';
    const stop = new AbortController();
    const mine: Open = { badge, host, frame, shown: false, stop, css: '', apply: () => undefined };
    // A page that restyles the open panel (hides it, makes it see-through, lets clicks through) or takes it out
    // of the top layer may be setting up a click on its Save or Dismiss: its style goes back and the panel closes.
    mine.apply = guardHost(
      host,
      () => {
        host.style.cssText = mine.css;
        if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
      },
      ['popover'],
      () => open === mine && close(),
    );
    host.addEventListener('toggle', () => open === mine && !host.matches(':popover-open') && close());
    open = mine;
    place();
    document.documentElement.append(host);
    showPopover(host);
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
    resize(token) {
      // The panel is drawn at its size: show it. Its content's height goes no further (see HEIGHT).
      if (open && open.badge.token === token) show();
    },
    close,
  };
}

function showPopover(host: HTMLElement): void {
  try {
    host.showPopover();
  } catch {
    // No popover support, or the page took the attribute away: the z-index still puts it on top of most pages.
  }
}
