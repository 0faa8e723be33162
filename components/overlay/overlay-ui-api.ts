import type { OverlayProps } from './Overlay';

// The call page's notices are a script of their own (entrypoints/overlay-ui.ts): the background
// injects it into the frame's extension world once the call is known to be the group's
// (load-overlay-ui.ts). Preact, the tray and its styles are more than half of what the notices
// cost; kept out of the call content script, they stay within its size budget, and a call that is
// not the group's never loads them. Injected, not web-accessible: the page cannot probe for it.

/** Where the injected script leaves its factory in the extension's world of the page. */
export const OVERLAY_UI_KEY = '__vertraulichOverlayUi';

/** What the tray is drawn from; it places itself (no placer from outside). */
export type TrayProps = Omit<OverlayProps, 'placer'>;

export interface OverlayUi {
  /** The tray's styles, for the overlay host's shadow root. */
  readonly css: string;
  /** Draw (or draw again) the tray into the host's container. */
  draw(container: HTMLElement, props: TrayProps): void;
  /** Take the tray out of the container. */
  clear(container: HTMLElement): void;
  /** The client's controls may have moved: the tray looks for its place again. */
  nudge(): void;
}

/** Made once per call: `regions` are the parts of the page the person acts in (the adapter's layout). */
export type CreateOverlayUi = (win: Window, regions: () => Element[], signal: AbortSignal) => OverlayUi;
