import type { AnalyzedPosting } from '../messages/protocol';
import type { RoleType } from '../model/role-type';
import { BADGE_CSS } from './badge-style';

export const BADGE_TAG = 'crossroads-badge';

const HOST_STYLE: Array<[string, string]> = [
  ['display', 'inline-block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['filter', 'none'],
  ['transform', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
];

const LABEL: Record<RoleType, string> = { leadership: 'Leadership', specialist: 'Specialist', hybrid: 'Hybrid' };

export interface BadgeActions {
  onSave: (id: string) => Promise<void>;
  onDismiss: (id: string) => void;
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

export function badgeLabel(result: AnalyzedPosting): string {
  return `${LABEL[result.classification.roleType]} role`;
}

/**
 * The badge and its panel, in plain DOM inside a shadow root. Returns the
 * host element; removing it removes everything.
 */
export function createBadge(result: AnalyzedPosting, actions: BadgeActions): HTMLElement {
  const host = document.createElement(BADGE_TAG);
  host.dataset.postingId = result.id;
  // Inline !important outranks any page stylesheet, so a page cannot hide or restyle the badge by CSS.
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = BADGE_CSS;
  const { roleType, confidence, reasons } = result.classification;
  const label = badgeLabel(result);
  const button = el(
    'button',
    { class: `badge ${roleType}`, type: 'button', 'aria-expanded': 'false', 'aria-label': `${label}. Crossroads: show why` },
    LABEL[roleType],
  );
  const panelId = 'crossroads-panel';
  button.setAttribute('aria-controls', panelId);

  const panel = el('div', { class: 'panel', id: panelId, role: 'dialog', 'aria-label': `Crossroads: ${label}` });
  panel.hidden = true;
  panel.append(
    el('h2', {}, label),
    el('p', { class: 'muted' }, `Confidence ${Math.round(confidence * 100)}%`),
    el('p', {}, 'Why:'),
  );
  const list = el('ul');
  for (const reason of reasons) list.append(el('li', {}, reason));
  panel.append(list);
  const status = el('p', { class: 'muted', role: 'status' });
  const save = el(
    'button',
    { type: 'button', class: 'primary' },
    result.status === 'seen' || result.status === 'dismissed' ? 'Save' : 'Saved',
  );
  const dismiss = el('button', { type: 'button' }, 'Dismiss');
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
        save.textContent = 'Saved';
        status.textContent = 'Saved to your Crossroads list.';
      },
      (err: unknown) => {
        save.disabled = false;
        status.textContent = err instanceof Error ? err.message : 'Could not save.';
      },
    );
  });
  dismiss.addEventListener('click', () => actions.onDismiss(result.id));
  root.append(style, button, panel);
  return host;
}
