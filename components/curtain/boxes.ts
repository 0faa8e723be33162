// The curtain's geometry: plain boxes in viewport coordinates, so it can be tested without a page.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const empty = (box: Box) => box.right - box.left < 1 || box.bottom - box.top < 1;

/** The part of `box` inside the viewport, or null when nothing of it is. */
export function clip(box: Box, width: number, height: number): Box | null {
  const inside = { left: Math.max(0, box.left), top: Math.max(0, box.top), right: Math.min(width, box.right), bottom: Math.min(height, box.bottom) };
  return empty(inside) ? null : inside;
}

/**
 * `box` without `hole`: up to four boxes (above, below, left, right of it). The client's controls
 * are holes in the covers, so mute and leave stay usable while the call is hidden.
 */
export function subtract(box: Box, hole: Box): Box[] {
  if (hole.right <= box.left || hole.left >= box.right || hole.bottom <= box.top || hole.top >= box.bottom) return [box];
  const middleTop = Math.max(box.top, hole.top);
  const middleBottom = Math.min(box.bottom, hole.bottom);
  const parts: Box[] = [
    { left: box.left, top: box.top, right: box.right, bottom: middleTop },
    { left: box.left, top: middleBottom, right: box.right, bottom: box.bottom },
    { left: box.left, top: middleTop, right: Math.max(box.left, hole.left), bottom: middleBottom },
    { left: Math.min(box.right, hole.right), top: middleTop, right: box.right, bottom: middleBottom },
  ];
  return parts.filter((part) => !empty(part));
}

/** Every box without any of the holes. */
export function withoutHoles(boxes: readonly Box[], holes: readonly Box[]): Box[] {
  let parts = [...boxes];
  for (const hole of holes) parts = parts.flatMap((part) => subtract(part, hole));
  return parts;
}

/** Boxes wholly inside another are dropped: fewer covers to place each frame. */
export function outermost(boxes: readonly Box[]): Box[] {
  const inside = (a: Box, b: Box) => a.left >= b.left && a.top >= b.top && a.right <= b.right && a.bottom <= b.bottom;
  return boxes.filter((box, index) => !boxes.some((other, at) => at !== index && inside(box, other) && (!inside(other, box) || at < index)));
}

/** The largest box, where the curtain's words go. */
export function largest(boxes: readonly Box[]): Box | null {
  let best: Box | null = null;
  let bestArea = 0;
  for (const box of boxes) {
    const area = (box.right - box.left) * (box.bottom - box.top);
    if (area > bestArea) [best, bestArea] = [box, area];
  }
  return best;
}
