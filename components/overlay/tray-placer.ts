import { placeBox, type Box } from './placement';

export interface TrayPlacer {
  /** The tray element to place (null when it is gone). */
  attach(tray: HTMLElement | null): void;
  /** The client's controls may have moved (a panel opened, the call re-rendered): place again for a while. */
  nudge(): void;
  /** The person asked to see the whole tray: no chip, even where it has to cover something. */
  insist(on: boolean): void;
}

/**
 * Keeps the tray off the regions the client's adapter names (`regions`): it goes where it covers none
 * of them, and where there is no such place it shrinks to a chip (`data-chip`). Placed after every
 * render, on resize and zoom, and on every animation frame for about half a second after the page
 * changed, so a panel sliding open is followed; and, while the tray is shown, twice a second: a panel
 * the client opens is not always a change the call loop hears of.
 */
export function createTrayPlacer(win: Window, regions: () => Element[], signal: AbortSignal): TrayPlacer {
  let tray: HTMLElement | null = null;
  let insisted = false;
  let frames = 0;
  let every = 0;

  const place = () => {
    if (!tray) return;
    const avoid: Box[] = [];
    for (const region of regions()) {
      const box = region.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) avoid.push(box);
    }
    const vw = win.document.documentElement.clientWidth || win.innerWidth;
    const vh = win.document.documentElement.clientHeight || win.innerHeight;
    const fit = () => placeBox(tray!.offsetWidth, tray!.offsetHeight, vw, vh, avoid);
    tray.removeAttribute('data-chip');
    let spot = fit();
    if (!spot.free && !insisted) {
      tray.setAttribute('data-chip', '');
      spot = fit();
    }
    tray.style.left = `${spot.left}px`;
    tray.style.top = `${spot.top}px`;
  };

  const tick = () => {
    place();
    if (--frames > 0) win.requestAnimationFrame(tick);
  };
  const nudge = () => {
    if (frames <= 0) win.requestAnimationFrame(tick);
    frames = 30;
  };
  win.addEventListener('resize', nudge, { passive: true, signal });
  signal.addEventListener('abort', () => win.clearInterval(every));

  return {
    attach(next) {
      if (next && !tray) every = win.setInterval(place, 500);
      if (!next) win.clearInterval(every);
      tray = next;
      place();
      if (next) nudge();
    },
    nudge,
    insist(on) {
      insisted = on;
      place();
    },
  };
}
