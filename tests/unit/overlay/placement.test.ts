import { describe, expect, it } from 'vitest';
import { GAP, placeBox, type Box } from '../../../components/overlay/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('where the tray goes', () => {
  it('top right when nothing is in the way', () => {
    expect(placeBox(340, 200, 1280, 800, [])).toEqual({ left: 1280 - 340 - GAP, top: GAP, free: true });
  });

  it('beside a participants panel on the right and a toolbar at the bottom, covering neither', () => {
    const avoid = [box(965, 0, 315, 800), box(400, 720, 480, 70)];
    const spot = placeBox(340, 400, 1280, 800, avoid);
    expect(spot.free).toBe(true);
    const tray = box(spot.left, spot.top, 340, 400);
    for (const region of avoid) expect(meets(tray, region)).toBe(false);
  });

  it('says when there is no free place (the caller shrinks to a chip)', () => {
    expect(placeBox(340, 500, 800, 600, [box(200, 0, 400, 600)]).free).toBe(false);
    expect(placeBox(120, 36, 800, 600, [box(200, 0, 400, 600)]).free).toBe(true);
  });
});
