import { type MessageKey, t } from '../i18n/t';
import type { AnalyzedPosting, NotStored } from '../messages/protocol';
import type { RoleType } from '../model/role-type';
import { BADGE_CSS } from './badge-style';

export const BADGE_TAG = 'crossroads-badge';

/** Inline !important outranks any page stylesheet, so a page cannot hide or restyle the badge by CSS. */
const HOST_STYLE =
  'display:inline-block!important;visibility:visible!important;opacity:1!important;filter:none!important;' +
  'transform:none!important;clip-path:none!important;pointer-events:auto!important';

const LABEL: Record<RoleType, MessageKey> = { leadership: 'roleLeadership', specialist: 'roleSpecialist', hybrid: 'roleHybrid' };
const BAND: Record<string, MessageKey> = { strong: 'bandStrong', good: 'bandGood', mixed: 'bandMixed', poor: 'bandPoor' };
/** Why the posting was classified but not remembered: said in the panel, since the badge itself looks the same. */
const NOT_STORED: Record<NotStored, MessageKey> = {
  storageFull: 'notStoredFull',
  siteLimit: 'notStoredLimit',
  storageFailed: 'notStoredFailed',
};

export interface BadgeActions {
  onSave: (id: string) => Promise<void>;
  onDismiss: (id: string) => void;
  onOpenAssessment: () => void;
}

/** Builds an element with text only: nothing from a page or a posting is ever parsed as markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The badge's accessible name: "Leadership role, fit 82 of 100". */
export function badgeLabel(result: AnalyzedPosting): string {
  const label = t(LABEL[result.classification.roleType]);
  return result.fit ? t('roleWithFit', label, result.fit.score) : t('roleName', label);
}

function reasonsList(result: AnalyzedPosting): HTMLElement {
  const list = el('ul', { class: 'reasons' });
  if (result.fit) {
    for (const r of result.fit.reasons) {
      const li = el('li', { class: r.sign > 0 ? 'plus' : 'minus' });
      li.append(
        el('span', { class: 'sign', 'aria-hidden': 'true' }, r.sign > 0 ? '+' : '−'),
        el('span', { class: 'visually-hidden' }, t(r.sign > 0 ? 'reasonFor' : 'reasonAgainst')),
      );
      li.append(el('span', {}, r.text));
      const why = [r.postingEvidence, r.profileAnswer].filter((x): x is string => Boolean(x));
      if (why.length > 0) li.append(el('span', { class: 'why' }, why.join(' · ')));
      list.append(li);
    }
  } else {
    for (const reason of result.classification.reasons) list.append(el('li', {}, reason));
  }
  return list;
}

function evidenceList(result: AnalyzedPosting): HTMLElement {
  const list = el('ul', { class: 'evidence' });
  for (const s of result.snippets) {
    const li = el('li');
    const quote = el('q');
    quote.append(document.createTextNode(s.before), el('mark', {}, s.phrase), document.createTextNode(s.after));
    li.append(quote, el('span', { class: 'why' }, s.explanation));
    list.append(li);
  }
  return list;
}

/**
 * The badge and its panel, in plain DOM inside a shadow root. Returns the
 * host element; removing it removes everything.
 */
export function createBadge(result: AnalyzedPosting, actions: BadgeActions): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.dataset.postingId = result.id;
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = BADGE_CSS;
  const { roleType, confidence } = result.classification;
  const label = badgeLabel(result);
  const button = el('button', {
    class: `badge ${roleType}`,
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': 'crossroads-panel',
    'aria-label': t('badgeShowWhy', label),
  });
  button.append(el('span', {}, t(LABEL[roleType])));
  if (result.fit) button.append(el('span', { class: 'score' }, String(result.fit.score)));

  const panel = el('div', { class: 'panel', id: 'crossroads-panel', role: 'dialog', 'aria-label': t('badgeDialog', label) });
  panel.hidden = true;
  panel.append(el('h2', {}, label));
  if (result.fit) {
    panel.append(
      el(
        'p',
        { class: 'muted' },
        t('badgeFitLine', result.fit.score, t(BAND[result.fit.band] ?? 'bandMixed'), Math.round(confidence * 100)),
      ),
    );
  } else {
    const invite = el('p', { class: 'invite' });
    const take = el('button', { type: 'button', class: 'link' }, t('badgeTakeAssessment'));
    take.addEventListener('click', () => actions.onOpenAssessment());
    invite.append(take, document.createTextNode(t('badgeTakeAssessmentAfter')));
    panel.append(el('p', { class: 'muted' }, t('badgeConfidence', Math.round(confidence * 100))), invite);
  }
  panel.append(el('h3', {}, t('badgeWhy')), reasonsList(result));
  if (result.snippets.length > 0) panel.append(el('h3', {}, t('badgeInPosting')), evidenceList(result));

  const status = el('p', { class: 'muted', role: 'status' });
  if (result.notStored) status.textContent = t(NOT_STORED[result.notStored]);
  const saved = result.status !== 'seen' && result.status !== 'dismissed';
  const save = el('button', { type: 'button', class: 'primary' }, t(saved ? 'saved' : 'save'));
  if (saved) save.disabled = true;
  const dismiss = el('button', { type: 'button' }, t('dismiss'));
  const actionsRow = el('div', { class: 'actions' });
  actionsRow.append(save, dismiss);
  panel.append(actionsRow, status);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    setOpen(button.getAttribute('aria-expanded') !== 'true');
  });
  panel.addEventListener('click', (e) => e.stopPropagation());
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && !panel.hidden) {
      setOpen(false);
      button.focus();
    }
  });
  save.addEventListener('click', () => {
    save.disabled = true;
    actions.onSave(result.id).then(
      () => {
        save.textContent = t('saved');
        status.textContent = t('savedToList');
      },
      (err: unknown) => {
        save.disabled = false;
        status.textContent = err instanceof Error ? err.message : t('couldNotSave');
      },
    );
  });
  dismiss.addEventListener('click', () => actions.onDismiss(result.id));
  root.append(style, button, panel);
  return host;
}
