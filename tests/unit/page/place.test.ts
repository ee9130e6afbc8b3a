import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePanel } from '@/lib/page/place';

const badge = (left: number, top: number) => ({ left, top, right: left + 120, bottom: top + 30 });

describe('where the panel goes', () => {
  it('below its badge, left edges aligned, when it fits', () => {
    expect(placePanel(badge(100, 80), { width: 400, height: 500 }, { width: 1280, height: 800 })).toEqual({
      top: 116,
      left: 100,
      width: 400,
      height: 500,
      side: 'below',
    });
  });

  it('shifted left to stay inside the window when the badge is near the right edge (two-pane layouts)', () => {
    const p = placePanel(badge(1150, 80), { width: 400, height: 300 }, { width: 1280, height: 800 });
    expect(p.left + p.width).toBe(1272);
  });

  it('flips above the badge when only the space above holds it', () => {
    const p = placePanel(badge(100, 650), { width: 400, height: 400 }, { width: 1280, height: 800 });
    expect(p).toMatchObject({ side: 'above', height: 400, top: 650 - 6 - 400 });
  });

  it('takes the roomier side, shortened, when neither holds it', () => {
    const p = placePanel(badge(100, 300), { width: 400, height: 900 }, { width: 1280, height: 800 });
    expect(p).toMatchObject({ side: 'below', top: 336, height: 800 - 336 - 8 });
  });

  it('is never wider than the window allows, at 390 px', () => {
    const p = placePanel(badge(250, 120), { width: 400, height: 300 }, { width: 390, height: 844 });
    expect(p).toMatchObject({ left: 8, width: 374 });
  });

  it('always stays inside the window, wherever the badge is (even scrolled out of view)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 3000 }),
        fc.integer({ min: -2000, max: 3000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 320, max: 2560 }),
        fc.integer({ min: 300, max: 1600 }),
        (x, y, h, vw, vh) => {
          const p = placePanel(badge(x, y), { width: 400, height: h }, { width: vw, height: vh });
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.top).toBeGreaterThanOrEqual(8);
          expect(p.left + p.width).toBeLessThanOrEqual(vw - 8);
          expect(p.top + p.height).toBeLessThanOrEqual(vh - 8);
          expect(p.height).toBeGreaterThan(0);
        },
      ),
    );
  });
});
