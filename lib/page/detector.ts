import { readPage } from '../extract/read-page';
import { findTitleElement, showsTitle } from '../extract/title-anchor';
import { send } from '../messages/channel';
import type { AnalyzedPosting } from '../messages/protocol';
import { MAX_POSTINGS_PER_PAGE } from '../model/limits';
import type { PagePosting } from '../model/posting';
import { BADGE_TAG, createBadge } from './badge';

/** Single-page sites re-render in bursts; one detection after the burst is enough. */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 1_000;

/** What the detector needs from its host script's lifetime (WXT's ContentScriptContext fits). */
export interface Lifecycle {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export interface DetectorOptions {
  /** How the page is read; the "Analyze this page" script adds the heuristic fallback. */
  extract?: (doc: Document, href: string) => PagePosting[];
}

interface Shown {
  result: AnalyzedPosting;
  host: HTMLElement;
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
  let generation = 0;
  let signature = '';
  let href = location.href;
  let results: AnalyzedPosting[] = [];
  const dismissed = new Set<string>();
  const shown = new Map<string, Shown>();

  const clearBadges = () => {
    for (const s of shown.values()) s.host.remove();
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
    for (const node of Array.from(anchor.childNodes))
      if (node.nodeName.toLowerCase() !== BADGE_TAG) text += node.textContent ?? '';
    return showsTitle(text, title);
  };

  const stillShown = () => [...shown.values()].every((s) => s.anchor?.isConnected && anchorShows(s.anchor, s.result.title));

  /** Synchronous, in the mutation callback before the next paint: a badge whose title changed goes now. */
  const dropStale = () => {
    if (location.href !== href) {
      href = location.href;
      forget();
      return;
    }
    for (const [id, s] of shown) {
      if (s.anchor && !anchorShows(s.anchor, s.result.title)) {
        s.host.remove();
        shown.delete(id);
        signature = '';
      }
    }
  };

  const placeBadges = () => {
    for (const result of results) {
      if (dismissed.has(result.id)) continue;
      const existing = shown.get(result.id);
      if (existing?.host.isConnected) continue;
      const host =
        existing?.host ??
        createBadge(result, {
          onSave: async (id) => {
            await send({ type: 'setPostingStatus', id, status: 'saved' });
          },
          onDismiss: (id) => {
            dismissed.add(id);
            shown.get(id)?.host.remove();
            send({ type: 'setPostingStatus', id, status: 'dismissed' }).catch(() => undefined);
          },
          onOpenAssessment: () => {
            send({ type: 'openAssessment' }).catch(() => undefined);
          },
        });
      const anchor = findTitleElement(document, result.title);
      if (anchor) {
        host.removeAttribute('data-floating');
        anchor.append(host);
      } else if (results.length === 1) {
        // No title element to sit beside: one posting gets a corner; several would pile up there.
        host.setAttribute('data-floating', '');
        document.body.append(host);
      } else continue;
      shown.set(result.id, { result, host, anchor });
    }
  };

  const detect = async () => {
    if (life.isInvalid) return;
    href = location.href;
    let postings: PagePosting[] = [];
    try {
      postings = extract(document, href).slice(0, MAX_POSTINGS_PER_PAGE);
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
    if (postings.length === 0) return;
    try {
      const answer = await send({ type: 'analyzePostings', postings });
      // The page moved on while we waited: this answer is for a posting no longer shown.
      if (mine !== generation || life.isInvalid) return;
      results = answer.results;
      placeBadges();
    } catch (e) {
      if (mine === generation) signature = '';
      console.debug('Crossroads: could not analyze this posting', e);
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

  const ours = (n: Node) => n.nodeName.toLowerCase() === BADGE_TAG;
  const observer = new MutationObserver((mutations) => {
    dropStale();
    const onlyOurs = mutations.every((m) => m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every(ours));
    // Our own badge going in needs nothing; a badge taken out (re-render, hostile page) is put back.
    if (onlyOurs && [...shown.values()].every((s) => s.host.isConnected)) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  life.addEventListener(window, 'wxt:locationchange', () => {
    dropStale();
    schedule();
  });
  const stop = () => {
    observer.disconnect();
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
