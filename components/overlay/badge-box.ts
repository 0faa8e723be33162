// Where a badge goes over a page element, worked out from boxes only (no DOM writes), so it can
// be tested without a browser's layout.

export type BadgePlace = 'tile' | 'row';

/** The corner a badge sits in, inset from the element's edges (px). */
export const BADGE_INSET = 6;

/** Rows are short: the badge sits closer to the edge. */
const ROW_INSET = 2;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where to put the badge (viewport coordinates), or null: not drawn. */
export interface BadgeSpot {
  /** Tiles: distance of the badge's left edge from the viewport's left. */
  left?: number;
  /** Rows: distance of the badge's right edge from the viewport's right. */
  right?: number;
  top: number;
}

const isEmpty = (box: Box) => box.right - box.left <= 0 || box.bottom - box.top <= 0;

/**
 * A tile's badge goes in its top-left corner (clients write the name at the bottom of a tile), a
 * row's in its top-right corner (the name is at the row's start). Nothing for an element without
 * a box (hidden, zero size), or whose corner is outside the viewport or outside a scrolling
 * ancestor's visible part (`clips`): a badge must never float over something it is not about.
 */
export function badgeSpot(place: BadgePlace, box: Box, viewport: { width: number; height: number }, clips: readonly Box[]): BadgeSpot | null {
  if (isEmpty(box)) return null;
  const inset = place === 'tile' ? BADGE_INSET : ROW_INSET;
  const x = place === 'tile' ? box.left + inset : box.right - inset;
  const y = box.top + inset;
  const inside = (area: Box) => x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
  if (!inside({ left: 0, top: 0, right: viewport.width, bottom: viewport.height })) return null;
  if (!clips.every(inside)) return null;
  return place === 'tile' ? { left: x, top: y } : { right: viewport.width - x, top: y };
}
