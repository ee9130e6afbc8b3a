/**
 * Keeps one of our hosts as we styled it. Its inline !important styles beat
 * any stylesheet, but not the page's own script: `host.style.opacity = '0'`,
 * `display:none`, `pointer-events`, a `hidden` or `inert` attribute would
 * hide a badge for good, or leave an invisible panel whose Save and Dismiss
 * a page could trick the user into pressing. One observer per host, on its
 * attributes only (nothing else in the page is watched): mutation callbacks
 * run before the next paint and before the next event, so the page's change
 * never shows and never takes a click. `tampered` then runs (the panel
 * closes: a page that touches it may be setting up a click on it).
 */
export function guardHost(
  host: HTMLElement,
  restyle: () => void,
  keep: readonly string[] = [],
  tampered: () => void = () => undefined,
): () => void {
  let applied = '';
  const apply = () => {
    restyle();
    applied = host.style.cssText;
  };
  new MutationObserver(() => {
    let touched = keep.some((name) => !host.hasAttribute(name));
    for (const name of host.getAttributeNames())
      if (name !== 'style' && !keep.includes(name)) {
        host.removeAttribute(name);
        touched = true;
      }
    if (host.style.cssText !== applied || touched) {
      apply();
      tampered();
    }
  }).observe(host, { attributes: true });
  return apply;
}
