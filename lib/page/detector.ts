import { readPage } from '../extract/read-page';
import { findTitleElement, showsTitle } from '../extract/title-anchor';
import { onRelayed, send } from '../messages/channel';
import type { DetectorScript, PageResult, ToPage } from '../messages/protocol';
import { MAX_POSTINGS_PER_PAGE } from '../model/limits';
import type { PagePosting } from '../model/posting';
import { createBadge, type PageBadge } from './badge';
import type { Lifecycle } from './lifecycle';
import { createPanels } from './panel';

/** Single-page sites re-render in bursts; one detection after the burst is enough. */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 1_000;
/** When the background could not answer: again after these, then at the page's next change only. */
const RETRY_MS = [2_000, 5_000, 10_000];

export interface DetectorOptions {
  /** How the page is read; the "Analyze this page" script adds the heuristic fallback. */
  extract?: (doc: Document, href: string) => PagePosting[];
  /** Which script reports: the background keeps each one's postings apart, so neither overwrites the other's tokens. */
  script?: DetectorScript;
}

interface Shown {
  result: PageResult;
  badge: PageBadge;
  /** The title element the badge sits in, to notice at once when it shows another posting. */
  anchor: Element | null;
}

/**
 * Finds the page's posting, asks the background to classify it, and keeps
 * one badge beside its title: again after every client-side navigation or
 * re-render, never showing a previous posting's result.
 */
export function startDetection(life: Lifecycle, options: DetectorOptions = {}): () => void {
  const extract = options.extract ?? readPage;
  const script = options.script ?? 'jobs';
  let generation = 0;
  let signature = '';
  /** The address without its hash: an in-page anchor (#apply) is the same page, the same posting. */
  const here = () => location.href.split('#')[0] as string;
  let href = here();
  let results: PageResult[] = [];
  const dismissed = new Set<string>();
  const shown = new Map<string, Shown>();
  /** Our own hosts, known by identity: no tag name marks them in the page. */
  const ours = new WeakSet<Node>();

  const panels = createPanels(
    (host) => ours.add(host),
    (badge) => {
      for (const [id, s] of shown) {
        if (s.badge !== badge || !badge.dismissed) continue;
        dismissed.add(id);
        badge.host.remove();
        shown.delete(id);
      }
    },
  );

  const clearBadges = () => {
    panels.close();
    for (const s of shown.values()) s.badge.host.remove();
    shown.clear();
  };

  const forget = () => {
    generation++;
    signature = '';
    results = [];
    clearBadges();
  };

  /** The anchor still shows this posting's title (our own badge's text aside). */
  const anchorShows = (anchor: Element, title: string) => {
    let text = '';
    for (const node of Array.from(anchor.childNodes)) if (!ours.has(node)) text += node.textContent ?? '';
    return showsTitle(text, title);
  };

  const stillShown = () => [...shown.values()].every((s) => s.anchor?.isConnected && anchorShows(s.anchor, s.result.title));

  /** Synchronous, in the mutation callback before the next paint: a badge whose title changed goes now. */
  const dropStale = () => {
    if (here() !== href) {
      href = here();
      forget();
      return;
    }
    for (const [id, s] of shown) {
      if (s.anchor && !anchorShows(s.anchor, s.result.title)) {
        panels.close(s.badge.token);
        s.badge.host.remove();
        shown.delete(id);
        signature = '';
      }
    }
  };

  const placeBadges = () => {
    for (const result of results) {
      if (dismissed.has(result.id)) continue;
      const existing = shown.get(result.id);
      if (existing?.badge.host.isConnected) continue;
      const badge = existing?.badge ?? createBadge(result.token);
      ours.add(badge.host);
      const anchor = findTitleElement(document, result.title);
      if (anchor) {
        badge.setFloating(false);
        anchor.append(badge.host);
      } else if (results.length === 1) {
        // No title element to sit beside: one posting gets a corner; several would pile up there.
        badge.setFloating(true);
        document.body.append(badge.host);
      } else continue;
      badge.refit();
      shown.set(result.id, { result, badge, anchor });
    }
  };

  /** A frame's word, relayed by the background: only the extension can send these, never the page. */
  const relayed = ({ token, event }: ToPage) => {
    const badge = [...shown.values()].find((s) => s.badge.token === token)?.badge;
    if (!badge) return;
    if (event.kind === 'badgeSize') badge.resize(event.width, event.height);
    else if (event.kind === 'toggle') panels.toggle(badge);
    else if (event.kind === 'panelSize') panels.resize(token, event.height);
    else if (event.kind === 'close') panels.close(token, true);
    else badge.dismissed = event.dismissed;
  };

  let retries = 0;
  const detect = async () => {
    if (life.isInvalid) return;
    href = here();
    let postings: PagePosting[] = [];
    try {
      postings = extract(document, location.href).slice(0, MAX_POSTINGS_PER_PAGE);
    } catch {
      postings = [];
    }
    // Some apps drop their JSON-LD after hydrating: while the same URL still shows
    // the same title, the posting is still there.
    if (postings.length === 0 && shown.size > 0 && signature.startsWith(`${href}\n`) && stillShown()) return;
    const next = `${href}\n${postings.map((p) => `${p.id}\t${p.title}`).join('\n')}`;
    if (next === signature) {
      placeBadges();
      return;
    }
    forget();
    signature = next;
    const mine = generation;
    if (postings.length === 0) {
      // The tab no longer shows what it reported: the popup must not offer it as this page's.
      send({ type: 'clearTab', script }).catch(() => {});
      return;
    }
    try {
      const answer = await send({ type: 'analyzePostings', script, postings });
      // The page moved on while we waited: this answer is for a posting no longer shown.
      if (mine !== generation || life.isInvalid) return;
      results = answer.results;
      retries = 0;
      placeBadges();
    } catch (e) {
      if (mine !== generation) return;
      signature = '';
      console.debug('Crossroads: could not analyze this posting', e);
      // Refused (a page that reported too much too fast) or the background waking up: asked again a little later,
      // a few times, even if the page changes no more.
      if (retries < RETRY_MS.length) life.setTimeout(() => mine === generation && void detect(), RETRY_MS[retries++] as number);
    }
  };

  let timer: number | undefined;
  let waitingSince = 0;
  const schedule = () => {
    // A page that never stops changing (tickers, animations) must not postpone detection for ever.
    if (timer !== undefined) {
      if (Date.now() - waitingSince > MAX_WAIT_MS) return;
      clearTimeout(timer);
    } else waitingSince = Date.now();
    timer = life.setTimeout(() => {
      timer = undefined;
      void detect();
    }, SETTLE_MS);
  };

  const observer = new MutationObserver((mutations) => {
    dropStale();
    const onlyOurs = mutations.every(
      (m) => m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => ours.has(n)),
    );
    // Our own badge or panel going in needs nothing; a badge taken out (re-render, hostile page) is put back.
    if (onlyOurs && [...shown.values()].every((s) => s.badge.host.isConnected)) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  life.onLocationChange(() => {
    dropStale();
    schedule();
  });
  const stopRelay = onRelayed(relayed);
  const refitAll = () => {
    for (const s of shown.values()) s.badge.refit();
  };
  addEventListener('resize', refitAll, { passive: true });
  const stop = () => {
    observer.disconnect();
    try {
      stopRelay();
    } catch {}
    removeEventListener('resize', refitAll);
    if (timer !== undefined) clearTimeout(timer);
    clearBadges();
  };
  life.onInvalidated(stop);
  void detect();
  return () => {
    forget();
    stop();
  };
}
