import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, largest, outermost, subtract, withoutHoles, type Box } from '../../../components/curtain/boxes';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const arbBox = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }))
  .map(([left, top, width, height]) => box(left, top, left + width, top + height));
const inside = (x: number, y: number, b: Box) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;

describe('the curtain\'s boxes', () => {
  it('clips to the viewport, and drops what is outside', () => {
    expect(clip(box(-10, -10, 50, 50), 40, 40)).toEqual(box(0, 0, 40, 40));
    expect(clip(box(50, 50, 60, 60), 40, 40)).toBeNull();
  });

  it('leaves a hole exactly where the controls are, and covers every other point', () => {
    fc.assert(
      fc.property(arbBox, arbBox, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (cover, hole, x, y) => {
        const parts = subtract(cover, hole);
        const covered = parts.some((part) => inside(x + 0.5, y + 0.5, part));
        expect(covered).toBe(inside(x + 0.5, y + 0.5, cover) && !inside(x + 0.5, y + 0.5, hole));
      }),
    );
  });

  it('subtracts several holes, keeps the outermost boxes, finds the largest', () => {
    expect(withoutHoles([box(0, 0, 100, 100)], [box(0, 90, 100, 100), box(0, 0, 10, 10)])).toEqual([box(0, 10, 100, 90), box(10, 0, 100, 10)]);
    expect(outermost([box(0, 0, 100, 100), box(10, 10, 20, 20), box(0, 0, 100, 100)])).toEqual([box(0, 0, 100, 100)]);
    expect(largest([box(0, 0, 10, 10), box(0, 0, 30, 5), box(0, 0, 5, 5)])).toEqual(box(0, 0, 30, 5));
  });
});
