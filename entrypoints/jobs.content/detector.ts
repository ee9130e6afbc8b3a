import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPostings } from '@/lib/extract';
import { findTitleElement } from '@/lib/extract/title-anchor';
import { send } from '@/lib/messages/channel';
import type { AnalyzedPosting } from '@/lib/messages/protocol';
import { BADGE_TAG, createBadge } from './badge';

/** Single-page sites re-render in bursts; one detection after the burst is enough. */
const SETTLE_MS = 350;

/**
 * Finds the page's posting, asks the background to classify it, and keeps
 * one badge beside its title: again after every client-side navigation or
 * re-render, never showing a previous posting's result.
 */
export function startDetection(ctx: ContentScriptContext): void {
  let generation = 0;
  let signature = '';
  let results: AnalyzedPosting[] = [];
  const dismissed = new Set<string>();
  const hosts = new Map<string, HTMLElement>();

  const clearBadges = () => {
    for (const host of hosts.values()) host.remove();
    hosts.clear();
  };

  const placeBadges = () => {
    for (const result of results) {
      if (dismissed.has(result.id)) continue;
      const existing = hosts.get(result.id);
      if (existing?.isConnected) continue;
      const host =
        existing ??
        createBadge(result, {
          onSave: async (id) => {
            await send({ type: 'setPostingStatus', id, status: 'saved' });
          },
          onDismiss: (id) => {
            dismissed.add(id);
            hosts.get(id)?.remove();
          },
        });
      hosts.set(result.id, host);
      const anchor = findTitleElement(document, result.title);
      if (anchor) {
        host.removeAttribute('data-floating');
        anchor.append(host);
      } else {
        host.setAttribute('data-floating', '');
        document.body.append(host);
      }
    }
  };

  const detect = async () => {
    if (ctx.isInvalid) return;
    const postings = extractPostings(document, location.href);
    const next = `${location.href}\n${postings.map((p) => `${p.id}\t${p.title}`).join('\n')}`;
    if (next === signature) {
      placeBadges();
      return;
    }
    signature = next;
    const mine = ++generation;
    // Stale badges go at once: a previous posting's label must never sit beside a new title.
    clearBadges();
    results = [];
    if (postings.length === 0) return;
    try {
      const answer = await send({ type: 'analyzePostings', postings });
      if (mine !== generation || ctx.isInvalid) return;
      results = answer.results;
      placeBadges();
    } catch (e) {
      if (mine === generation) signature = '';
      console.debug('Crossroads: could not analyze this posting', e);
    }
  };

  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void detect();
    }, SETTLE_MS);
  };

  const ownNode = (n: Node) => n.nodeName.toLowerCase() === BADGE_TAG;
  const observer = new MutationObserver((mutations) => {
    const onlyOurs = mutations.every(
      (m) =>
        [...m.addedNodes].every(ownNode) && [...m.removedNodes].every(ownNode) && m.addedNodes.length + m.removedNodes.length > 0,
    );
    // Our own badge being removed (a re-render, a hostile page) still needs it put back.
    if (onlyOurs && [...hosts.values()].every((h) => h.isConnected)) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    generation++;
    signature = '';
    clearBadges();
    results = [];
    schedule();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearBadges();
  });
  void detect();
}
