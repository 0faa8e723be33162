// Where a badge goes over a page element, worked out from boxes only (no DOM writes), so it can
// be tested without a browser's layout.

export type BadgePlace = 'tile' | 'row';

/** The corner a badge sits in, inset from the element's edges (px). */
export const BADGE_INSET = 6;

/** Rows are short: the badge sits closer to the edge. */
const ROW_INSET = 2;

/** The compact form's side (px, border included: badge-layer.ts's `.vb[data-compact]`). */
export const MARK = 12;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where to put the badge (viewport coordinates of its top-left corner), or null: not drawn. */
export interface BadgeSpot {
  left: number;
  top: number;
  /** The small mark instead of the label: the label fits nowhere beside the name. */
  compact: boolean;
}

/** How far a badge inside may reach over the element's top or bottom edge (px). */
const EDGE = 4;

const isEmpty = (box: Box) => box.right - box.left <= 0 || box.bottom - box.top <= 0;
const within = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
const apart = (a: Box, b: Box) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;

/**
 * The first free place for a badge of `size` over `box` (the tile or row): its corners in turn
 * (a tile's top-left first, a row's top-right first: clients write the name along a tile's bottom
 * and at a row's start), then a small mark in those corners, then the mark just beside the box's
 * left or right edge. Free: inside the viewport and every scrolling ancestor's visible part
 * (`clips`), and not touching the box of the person's name (`name`, when the adapter knows it).
 * Nothing (null) for an element without a box, or when no place is free: a badge never covers
 * the name, nor floats over something it is not about.
 */
export function badgeSpot(
  place: BadgePlace,
  box: Box,
  viewport: { width: number; height: number },
  clips: readonly Box[],
  size: { width: number; height: number },
  name: Box | null = null,
): BadgeSpot | null {
  if (isEmpty(box)) return null;
  const inset = place === 'tile' ? BADGE_INSET : ROW_INSET;
  const screen = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  const free = (spot: Box, inPane: boolean) =>
    within(spot, screen) && (!inPane || clips.every((clip) => within(spot, clip))) && (!name || isEmpty(name) || apart(spot, name));
  const corners = (width: number, height: number): [number, number][] => {
    const [l, r, t, b] = [box.left + inset, box.right - inset - width, box.top + inset, box.bottom - inset - height];
    return place === 'tile' ? [[l, t], [r, t], [l, b], [r, b]] : [[r, t], [l, t], [r, b], [l, b]];
  };
  const mid = Math.round((box.top + box.bottom - MARK) / 2);
  const tries: [number, number, boolean, boolean][] = [
    ...corners(size.width, size.height).map(([x, y]) => [x, y, false, true] as [number, number, boolean, boolean]),
    ...corners(MARK, MARK).map(([x, y]) => [x, y, true, true] as [number, number, boolean, boolean]),
    // Just outside the edge, level with the box's middle: beside the element, maybe over its pane's border.
    [box.right + 2, mid, true, false],
    [box.left - 2 - MARK, mid, true, false],
  ];
  for (const [x, y, compact, inside] of tries) {
    const [width, height] = compact ? [MARK, MARK] : [size.width, size.height];
    const spot = { left: x, top: y, right: x + width, bottom: y + height };
    // Inside, or over its edge by a few pixels (a label a little taller than an unstyled row).
    if (inside && !within(spot, { left: box.left, top: box.top - EDGE, right: box.right, bottom: box.bottom + EDGE })) continue;
    // Outside the box, the element itself must still be in sight at that height.
    if (!inside && !clips.every((clip) => y >= clip.top && y + height <= clip.bottom)) continue;
    if (free(spot, inside)) return { left: x, top: y, compact };
  }
  return null;
}
