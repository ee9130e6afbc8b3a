export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  width: number;
  height: number;
  side: 'below' | 'above';
}

/** Below this the panel would show too little to read; it then overlaps its badge rather than shrink further. */
const MIN_HEIGHT = 200;

/**
 * Where the panel goes beside its badge: below it if the whole panel fits,
 * else above it if it fits there, else on the roomier side, shortened (it
 * scrolls inside); shifted along both axes to stay inside the viewport with a
 * margin, and never wider than the viewport allows. The same collision rules
 * as a popover library's flip and shift, for one panel, in a few lines.
 */
export function placePanel(
  anchor: Box,
  want: { width: number; height: number },
  view: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const width = Math.max(0, Math.min(want.width, view.width - 2 * margin));
  const below = view.height - anchor.bottom - gap - margin;
  const above = anchor.top - gap - margin;
  const side = want.height <= below || (want.height > above && below >= above) ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  const floor = Math.min(want.height, MIN_HEIGHT, view.height - 2 * margin);
  const height = Math.max(0, Math.min(want.height, Math.max(room, floor), view.height - 2 * margin));
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
  return {
    top: clamp(top, margin, view.height - margin - height),
    left: clamp(anchor.left, margin, view.width - margin - width),
    width,
    height,
    side,
  };
}
