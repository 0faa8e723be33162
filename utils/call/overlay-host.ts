/** The events that must not reach the call page's keyboard shortcuts (Jitsi mutes on "M"…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface OverlayHost {
  /** The element added to the page (`<vertraulich-overlay>`), the only node of ours in its DOM. */
  shadowHost: HTMLElement;
  /** Open, so tests and assistive tools can see in; the page's styles cannot reach in. */
  shadow: ShadowRoot;
  /** Where Preact renders. */
  uiContainer: HTMLElement;
}

/**
 * The overlay's host: an element with an open shadow root, page styles reset at the boundary,
 * removed when the content script ends. (WXT's createShadowRootUi does the same with anchoring
 * and positioning options we do not need, and four more libraries: too much for a script that
 * runs on every call page and must stay under 20 KB gzip.)
 */
export function mountOverlayHost(doc: Document, name: string, css: string, signal: AbortSignal): OverlayHost {
  const shadowHost = doc.createElement(name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // Inherited page styles (fonts, colours, direction) stop here; our CSS starts from scratch.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const uiContainer = doc.createElement('div');
  shadow.append(style, uiContainer);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  (doc.body ?? doc.documentElement).append(shadowHost);
  signal.addEventListener('abort', () => shadowHost.remove());
  return { shadowHost, shadow, uiContainer };
}
