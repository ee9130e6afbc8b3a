import { type MessageKey, t } from '../i18n/t';
import { send } from '../messages/channel';
import type { AnalyzedPosting, FrameEvent } from '../messages/protocol';
import type { RoleType } from '../model/role-type';
import { mark } from './mark';

const LABEL: Record<RoleType, MessageKey> = { leadership: 'roleLeadership', specialist: 'roleSpecialist', hybrid: 'roleHybrid' };
const NAME: Record<RoleType, MessageKey> = {
  leadership: 'roleNameLeadership',
  specialist: 'roleNameSpecialist',
  hybrid: 'roleNameHybrid',
};

/** Room around the pill inside the frame, for its ring and the focus outline. */
const PAD = 4;

/**
 * In words, for the accessible name and the tooltip: "Crossroads: Leadership, fit 82 of 100. Show why",
 * or before a profile "Crossroads: Leadership role. Show why" (each holds the visible label, as WCAG's label-in-name asks).
 */
export function badgeName(result: Pick<AnalyzedPosting, 'classification' | 'fit'>): string {
  const { roleType } = result.classification;
  return result.fit ? t('badgeNameFit', t(LABEL[roleType]), result.fit.score) : t('badgeName', t(NAME[roleType]));
}

/**
 * The badge frame (entrypoints/badge): the label, "fit 82" when there is a
 * profile, and the Crossroads mark, in plain DOM (it loads beside every
 * posting, so no React). A click asks the content script, through the
 * background, to open the panel; page scripts cannot click inside this
 * frame, and untrusted events are ignored all the same.
 */
export async function startBadge(token: string, root: HTMLElement): Promise<void> {
  const tell = (event: FrameEvent) => send({ type: 'frameEvent', token, event }).catch(() => undefined);
  const result = await send({ type: 'getAnalysis', token });
  const { roleType } = result.classification;
  const button = pill(roleType, result.fit?.score);
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  const name = badgeName(result);
  button.setAttribute('aria-label', name);
  button.title = name;
  button.addEventListener('click', (e) => {
    if (e.isTrusted) void tell({ kind: 'toggle' });
  });
  button.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') void tell({ kind: 'close' });
  });
  // The page side gives focus back by focusing this frame: pass it on to the button.
  addEventListener('focus', () => document.activeElement !== button && button.focus());
  root.append(button);
  await document.fonts?.ready;
  const box = widest(root);
  await tell({ kind: 'badgeSize', width: Math.ceil(box.width) + 2 * PAD, height: Math.ceil(box.height) + 2 * PAD });
}

/** The pill's look: the mark, the label and, with a profile, "fit 82". */
function pill(roleType: RoleType, score: number | undefined): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = `badge ${roleType}`;
  button.append(mark(13));
  const label = document.createElement('span');
  label.textContent = t(LABEL[roleType]);
  button.append(label);
  if (score !== undefined) {
    const fit = document.createElement('span');
    fit.className = 'fit';
    fit.textContent = t('badgeFit', score);
    // A space between the words, so the visible text reads "Leadership fit 82" (flex drops it from the layout).
    button.append(' ', fit);
  }
  return button;
}

/**
 * The size the frame asks for: the widest pill it could show in this
 * language (every label, with "fit 100"), never the one it shows. The page
 * can measure the frame's box, and a box that followed the pill would tell it
 * the label, whether the user has a profile and how many digits the fit has
 * (docs/PRIVACY.md). The pill sits at the start of the frame; the rest is
 * transparent and inert.
 */
function widest(root: HTMLElement): { width: number; height: number } {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;display:flex;flex-direction:column;align-items:flex-start';
  probe.setAttribute('aria-hidden', 'true');
  for (const roleType of Object.keys(LABEL) as RoleType[]) probe.append(pill(roleType, 100), pill(roleType, undefined));
  root.append(probe);
  let width = 0;
  let height = 0;
  for (const el of probe.children) {
    const box = el.getBoundingClientRect();
    width = Math.max(width, box.width);
    height = Math.max(height, box.height);
  }
  probe.remove();
  return { width, height };
}
