/** A box in viewport pixels (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between the tray, the window's edges and the client's own controls. */
export const GAP = 8;

/** Do the two boxes come closer than GAP? */
const near = (a: Box, b: Box) => a.left < b.right + GAP && b.left - GAP < a.right && a.top < b.bottom + GAP && b.top - GAP < a.bottom;

/**
 * Where a box of `width`×`height` goes in a `vw`×`vh` viewport: the first candidate (the corners,
 * top right first where people expect it, then the middles of the edges; never the middle of the call)
 * that covers none of `avoid`; with `free` false, where none does (top right: the person asked for it).
 */
export function placeBox(width: number, height: number, vw: number, vh: number, avoid: Box[]): { left: number; top: number; free: boolean } {
  const xs = [vw - width - GAP, GAP, (vw - width) / 2];
  const ys = [GAP, vh - height - GAP, (vh - height) / 2];
  for (const top of ys) {
    for (const left of xs) {
      const box = { left, top, right: left + width, bottom: top + height };
      if (left >= 0 && top >= 0 && !(left === xs[2] && top === ys[2]) && !avoid.some((region) => near(box, region))) return { left, top, free: true };
    }
  }
  return { left: Math.max(GAP, xs[0]!), top: GAP, free: false };
}
