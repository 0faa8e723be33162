// The badges' own layer inside the overlay's shadow root: one fixed, full-viewport element that
// nothing can hit (pointer-events: none), with one label per flagged tile or row, placed over
// that element's box. The page's own nodes are only read (their boxes), never changed, so a page
// script that watches its tiles sees nothing of which names the roster flagged.
import { badgeSpot, MARK, type BadgePlace, type Box } from './badge-box';

const CSS = `
.vb-layer { position: fixed; inset: 0; overflow: hidden; pointer-events: none; z-index: 2147483645; contain: strict; }
.vb { position: absolute; pointer-events: none; font: 600 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  background: #fffdf7; color: #7a3306; border: 1px solid #b45309; border-radius: 6px; padding: 2px 6px;
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); white-space: nowrap; max-width: 40vw; overflow: hidden; text-overflow: ellipsis; }
.vb[data-place="row"] { font-size: 11px; padding: 0 5px; }
.vb[hidden] { display: block; visibility: hidden; }
.vb[data-compact] { box-sizing: border-box; width: ${MARK}px; height: ${MARK}px; padding: 0; border-radius: 50%; background: #b45309; color: transparent; }
@media (forced-colors: active) { .vb { border: 2px solid CanvasText; } }
`;

/** Frames without any badge moving before the layer stops following (about half a second). */
const STILL_FRAMES = 30;

export interface WantedBadge {
  text: string;
  place: BadgePlace;
  /** The elements inside it that show the person's name (the adapter's `namesIn`): the badge keeps off them. */
  names: readonly Element[];
}

export interface BadgeLayer {
  /** Show exactly these badges (by the page element they are about, placed at the next frame), and follow those elements. */
  show(wanted: ReadonlyMap<Element, WantedBadge>): void;
}

interface Drawn {
  label: HTMLSpanElement;
  place: BadgePlace;
  names: readonly Element[];
  /** The full label's size, measured while it is not compact (hidden labels keep their size). */
  size: { width: number; height: number } | null;
  /** The element's scrolling ancestors, found once (at its first placing): where it can be scrolled out of sight. */
  clips: Element[] | null;
  /** The names' clipping ancestors inside the element (an ellipsis: the name's text runs on, unseen), found with `clips`. */
  nameClips: Element[];
  /** The last position written, so an unchanged one is not written again. */
  at: string;
}

const boxOf = (element: Element): Box => element.getBoundingClientRect();
/** Where two boxes overlap (right < left, or bottom < top: nowhere). */
const cut = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });

function clippingAncestors(element: Element, win: Window, stop: Element = element.ownerDocument.body): Element[] {
  const clips: Element[] = [];
  for (let node = element.parentElement; node && node !== stop; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(node);
  }
  return clips;
}

/**
 * `rootOf` is the overlay's shadow root while it is in the page (it is added anew after the
 * overlay was gone); the layer moves into the current one at each `show`.
 */
export function createBadgeLayer(doc: Document, win: Window, rootOf: () => ShadowRoot | null): BadgeLayer {
  const layer = doc.createElement('div');
  layer.className = 'vb-layer';
  const style = doc.createElement('style');
  style.textContent = CSS;
  layer.append(style);
  const drawn = new Map<Element, Drawn>();
  let frame = 0;
  let still = 0;
  let listening = false;

  const range = doc.createRange();
  /** The box of a name's text (a Range over it: a block element is wider than its name), cut to the element's box. */
  const nameBox = (names: readonly Element[], clips: readonly Element[]): Box | null => {
    let out: Box | null = null;
    for (const name of names) {
      if (!name.isConnected) continue;
      range.selectNodeContents(name);
      const [text, own] = [range.getBoundingClientRect(), boxOf(name)];
      const box = text.width > 0 ? cut(text, own) : own;
      if (box.right <= box.left || box.bottom <= box.top) continue;
      // Several name elements (Zoom's camera-off tile: mid-tile and in the footer): keep off all of them.
      out = out ? { left: Math.min(out.left, box.left), top: Math.min(out.top, box.top), right: Math.max(out.right, box.right), bottom: Math.max(out.bottom, box.bottom) } : box;
    }
    for (const clip of clips) if (out) out = cut(out, boxOf(clip));
    return out;
  };

  /** Writes each badge's position; true when one of them moved. All boxes are read first, then written. */
  const place = (): boolean => {
    let moved = false;
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight };
    const spots = [...drawn].map(([target, badge]) => {
      const visible = target.isConnected && (target.checkVisibility?.() ?? true);
      if (!visible) return null;
      if (!badge.clips) {
        badge.clips = clippingAncestors(target, win);
        badge.nameClips = [...new Set(badge.names.flatMap((name) => clippingAncestors(name, win, target)))];
      }
      if (!badge.label.hasAttribute('data-compact')) {
        const { width, height } = boxOf(badge.label) as DOMRect;
        if (width > 0) badge.size = { width, height };
      }
      if (!badge.size) return null;
      return badgeSpot(badge.place, boxOf(target), viewport, badge.clips.map(boxOf), badge.size, nameBox(badge.names, badge.nameClips));
    });
    [...drawn.values()].forEach((badge, index) => {
      const spot = spots[index];
      const at = spot ? `${spot.left}|${spot.top}|${spot.compact}` : '';
      if (at === badge.at) return;
      moved = true;
      badge.at = at;
      badge.label.hidden = spot === null;
      if (!spot) return;
      badge.label.style.top = `${spot.top}px`;
      badge.label.style.left = `${spot.left}px`;
      badge.label.toggleAttribute('data-compact', spot.compact);
    });
    return moved;
  };

  // Following: every animation frame while badges move (a tile sliding into place, a scroll),
  // stopping once they stood still for a while; scroll, resize and page changes wake it again.
  // Nothing runs while no badge is shown.
  const tick = () => {
    frame = 0;
    if (drawn.size === 0) return;
    still = place() ? 0 : still + 1;
    if (still < STILL_FRAMES) frame = win.requestAnimationFrame(tick);
  };
  const wake = () => {
    still = 0;
    if (!frame && drawn.size > 0) frame = win.requestAnimationFrame(tick);
  };
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    // Capture: scrolling inside the page's own panes does not bubble to the window.
    win[method]('scroll', wake, { capture: true, passive: true } as AddEventListenerOptions);
    win[method]('resize', wake, { passive: true } as AddEventListenerOptions);
  };

  const show = (wanted: ReadonlyMap<Element, WantedBadge>) => {
    for (const [target, badge] of drawn) {
      if (!wanted.has(target) || !target.isConnected || wanted.get(target)!.place !== badge.place) {
        badge.label.remove();
        drawn.delete(target);
      }
    }
    for (const [target, { text, place: where, names }] of wanted) {
      let badge = drawn.get(target);
      if (!badge) {
        const label = doc.createElement('span');
        label.className = 'vb';
        label.setAttribute('data-place', where);
        label.hidden = true;
        layer.append(label);
        badge = { label, place: where, names, size: null, clips: null, nameClips: [], at: '' };
        drawn.set(target, badge);
      }
      if (badge.names.some((name, i) => name !== names[i]) || badge.names.length !== names.length) {
        badge.names = names;
        badge.clips = null; // the new names' clipping ancestors are found anew
      }
      if (badge.label.textContent !== text) {
        // A new text has a new size: measured again (full, hidden) before it is placed.
        badge.label.textContent = text;
        badge.label.hidden = true;
        badge.label.removeAttribute('data-compact');
        badge.size = null;
        badge.at = '';
      }
    }
    const root = rootOf();
    if (drawn.size > 0 && root && layer.parentNode !== root) root.append(layer);
    if (drawn.size === 0) layer.remove();
    // Placed at the next frame, not now: `show` runs right after a page change (the call loop's
    // microtask), where reading boxes would make the browser lay the page out once more.
    listen(drawn.size > 0);
    if (drawn.size === 0 && frame) {
      win.cancelAnimationFrame(frame);
      frame = 0;
    }
    wake();
  };

  return { show };
}
