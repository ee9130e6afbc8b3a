import { t } from '../i18n/t';
import { extensionUrl } from '../messages/channel';
import { guardHost } from './guard';

/**
 * The page side of the badge: a host element beside the posting's title and,
 * in its closed shadow root, a frame showing the extension's badge page
 * (entrypoints/badge). The label, the fit and everything behind them live in
 * that frame, in the extension's origin and process; the page sees an element
 * of one size whatever it says (the frame asks for the widest badge it could
 * show, lib/frames/badge.ts), and the guard (guard.ts) keeps the page's script
 * from restyling it.
 *
 * The host is a plain span, so a page that defines a custom element first
 * cannot take it over, and its inline !important styles outrank any page
 * stylesheet. It is sized 0×0 and the frame hangs beside the title out of the
 * flow, so the page's layout never moves.
 */
const LOCK = 'visibility:visible!important;opacity:1!important;pointer-events:auto!important;z-index:2147483000!important;';
const INLINE = `all:initial!important;display:inline-block!important;position:relative!important;width:0!important;height:0!important;vertical-align:middle!important;${LOCK}`;
const FLOATING = `all:initial!important;display:block!important;position:fixed!important;top:12px!important;right:12px!important;${LOCK}`;

/** Space between the title's last word and the badge. */
const GAP = 6;

export interface PageBadge {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  readonly token: string;
  /** Dismissed from its panel: it goes when the panel closes. */
  dismissed: boolean;
  resize(width: number, height: number): void;
  /** In a corner of the window, when the page has no title element to sit beside. */
  setFloating(floating: boolean): void;
  /** Keeps the badge inside the window at the current width. */
  refit(): void;
  focus(): void;
}

/** A frame of one of the extension's pages, named by its token, in a closed shadow root. */
export function frameIn(root: ShadowRoot, page: string, token: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `${extensionUrl(page)}#${token}`;
  frame.title = title;
  root.append(frame);
  return frame;
}

export function createBadge(token: string): PageBadge {
  const host = document.createElement('span');
  const frame = frameIn(host.attachShadow({ mode: 'closed' }), 'badge.html', token, t('badgeFrameTitle'));
  let width = 0;
  let height = 0;
  let floating = false;
  /** Where the frame sits against the host: beside the title's end, or under it when the line has no room left. */
  let offset = `left:${GAP}px;top:50%;transform:translateY(-50%)`;
  const style = guardHost(host, () => {
    host.style.cssText = floating ? FLOATING : INLINE;
    frame.style.cssText = `all:initial;display:block;border:0;color-scheme:light;width:${width}px;height:${height}px;${
      width ? '' : 'visibility:hidden;'
    }${floating ? '' : `position:absolute;${offset}`}`;
  });
  const badge: PageBadge = {
    host,
    frame,
    token,
    dismissed: false,
    resize(w, h) {
      width = w;
      height = h;
      badge.refit();
    },
    setFloating(f) {
      floating = f;
      badge.refit();
    },
    refit() {
      offset = `left:${GAP}px;top:50%;transform:translateY(-50%)`;
      if (!floating && width && host.isConnected) {
        const at = host.getBoundingClientRect();
        const view = document.documentElement.clientWidth;
        const room = view - at.left - GAP - 4;
        // A title scrolled out of view sideways (a pane off-screen) keeps its badge where it is.
        if (width > room && at.left < view) {
          // Past the window's edge the badge would widen the page: it goes under the line's end instead.
          const below = Number.parseFloat(getComputedStyle(host.parentElement ?? document.body).fontSize) * 0.6 + 2;
          offset = `left:${Math.max(4 - at.left, room + GAP - width)}px;top:${below}px`;
        }
      }
      style();
    },
    focus: () => frame.focus(),
  };
  style();
  return badge;
}
