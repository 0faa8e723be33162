import { TEST_BUILD } from './test-build';
import { keepHostAttached } from './keep-host';

/** The events that must not reach the call page's keyboard shortcuts (Jitsi mutes on "M"…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** Every kind of input a control of ours acts on. */
const INPUT_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

/**
 * Only the person's own input counts. An event a page script made up (`isTrusted` false: a
 * synthetic click on "Add to my list", a made-up change of a quick-check box) is stopped at the
 * shadow root, before any control of ours hears it, and its default action (ticking a box) undone.
 */
export function acceptOnlyTrustedInput(root: ShadowRoot): void {
  for (const type of INPUT_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
        // A made-up click that is not cancelable still ticks a box (the browser toggles it before
        // the event is dispatched, and only a cancelled one is undone): undo it ourselves.
        const target = event.composedPath()[0];
        if (type === 'click' && !event.cancelable && target instanceof HTMLInputElement && target.type === 'checkbox') {
          target.checked = !target.checked;
        }
      },
      { capture: true },
    );
  }
}

export interface MountedOverlay {
  /** The element added to the page, the only node of ours in its DOM. */
  shadowHost: HTMLElement;
  /** Closed in shipped builds: the page's scripts cannot look in. Open in test builds. */
  shadow: ShadowRoot;
  /** Where Preact renders (`data-overlay-root`, inside the shadow root). */
  uiContainer: HTMLElement;
}

export interface OverlayHost {
  /** The mounted overlay, added to the page now if it is not there yet. */
  show(): MountedOverlay;
  /** Take the host out of the page (nothing left to show). Safe to call when not shown. */
  hide(): void;
  /** The overlay while it is in the page, else null. */
  readonly mounted: MountedOverlay | null;
  /** Is this node ours (a host we added, now or before, or inside its shadow root)? */
  owns(node: Node): boolean;
  /** The styles of what is drawn in it, once that is loaded (components/overlay/overlay-ui-api.ts). */
  setStyles(css: string): void;
}

/**
 * A tag name that says nothing about the extension and differs on every page load, so a page
 * script can neither look for us by name nor tell us from the page's own custom elements.
 * (A valid custom-element-like name: lowercase letters, one hyphen.)
 */
export function neutralTagName(random: () => number = Math.random): string {
  const part = (length: number) =>
    Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  return `${part(4 + Math.floor(random() * 4))}-${part(4 + Math.floor(random() * 5))}`;
}

/**
 * The overlay's host, added to the page only while there is something to show and removed with
 * the last notice: on a call with nothing to say, no element of ours is in the page. Page styles
 * are reset at the boundary (WXT's createShadowRootUi does the same with anchoring options we do
 * not need and more code than the call script's size budget allows).
 */
export function createOverlayHost(doc: Document, css: string, signal: AbortSignal): OverlayHost {
  let mounted: MountedOverlay | null = null;
  const hosts = new WeakSet<Node>();
  const roots = new WeakSet<Node>();
  let unwatch: AbortController | null = null;
  let style: HTMLStyleElement | null = null;
  // Inherited page styles (fonts, colours, direction) stop here; our CSS starts from scratch.
  // Fixed and without a size of its own: whatever we show, the page's layout does not move.
  const styles = (more: string) => `:host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;}\n${more}`;

  const show = (): MountedOverlay => {
    if (mounted) return mounted;
    const shadowHost = doc.createElement(neutralTagName());
    const shadow = shadowHost.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
    style = doc.createElement('style');
    style.textContent = styles(css);
    const uiContainer = doc.createElement('div');
    uiContainer.setAttribute('data-overlay-root', '');
    shadow.append(style, uiContainer);
    acceptOnlyTrustedInput(shadow);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
    (doc.body ?? doc.documentElement).append(shadowHost);
    unwatch = new AbortController();
    // Stops with hide(), which the content script's end calls too.
    keepHostAttached(shadowHost, doc, unwatch.signal);
    hosts.add(shadowHost);
    roots.add(shadow);
    mounted = { shadowHost, shadow, uiContainer };
    return mounted;
  };

  const hide = () => {
    if (!mounted) return;
    unwatch?.abort();
    mounted.shadowHost.remove();
    mounted = null;
  };

  signal.addEventListener('abort', hide);
  return {
    show,
    hide,
    get mounted() {
      return mounted;
    },
    owns: (node) => hosts.has(node) || roots.has(node.getRootNode()),
    setStyles(next) {
      css = next;
      if (style) style.textContent = styles(css);
    },
  };
}
