/** A box in viewport pixels (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between the tray, the window's edges and the client's own controls. */
export const GAP = 8;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right + GAP) - Math.max(a.left, b.left - GAP)) *
  Math.max(0, Math.min(a.bottom, b.bottom + GAP) - Math.max(a.top, b.top - GAP));

/**
 * Where a box of `width`×`height` goes in a `vw`×`vh` viewport: the first candidate (the corners,
 * top right first where people expect it, then the middles of the edges; never the middle of the call)
 * that covers none of `avoid`, or with `free` false the one that covers least of them.
 */
export function placeBox(width: number, height: number, vw: number, vh: number, avoid: Box[]): { left: number; top: number; free: boolean } {
  const xs = [vw - width - GAP, GAP, (vw - width) / 2];
  const ys = [GAP, vh - height - GAP, (vh - height) / 2];
  let best = { left: Math.max(GAP, xs[0]!), top: GAP, free: false };
  let least = Infinity;
  for (const top of ys) {
    for (const left of xs) {
      if (left === xs[2] && top === ys[2]) continue;
      const box = { left, top, right: left + width, bottom: top + height };
      if (left < 0 || top < 0) continue;
      const covered = avoid.reduce((sum, region) => sum + overlap(box, region), 0);
      if (covered === 0) return { left, top, free: true };
      if (covered < least) [least, best] = [covered, { left, top, free: false }];
    }
  }
  return best;
}
