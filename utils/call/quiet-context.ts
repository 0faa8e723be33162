import { browser } from 'wxt/browser';
import { CALL_PAGE_PORT } from '../platform/call-page-ports';

/**
 * Stands in for WXT's ContentScriptContext in our content scripts (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file for content-script builds), with the same API.
 *
 * Why: WXT's context announces every start to the page. It posts a message to the window
 * (`postMessage(…, '*')`) and dispatches a DOM event whose name holds the extension id and the
 * script's name, so that an older copy of the script (left behind by an update) can stop. A call
 * page's own scripts see both, and learn that a self-help group's extension is installed.
 *
 * This context says nothing in the page. An older copy stops by itself instead:
 * - a second copy injected into the same isolated world (the install-time injection into open
 *   calls racing the manifest's) finds the first one's stop function on that world's global,
 *   which the page cannot see, and calls it;
 * - it holds a port to the extension; when the extension is reloaded or updated the port closes
 *   and `browser.runtime.id` is gone (checked at once and twice more within a second), so it stops;
 * - and every use of `isValid` (each read of the call) checks the same, for browsers whose port
 *   closes for other reasons (a background that went to sleep), where it then stays quiet.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    this.#stopOlderCopy();
    this.#watchExtension();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (!extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  #stopOlderCopy(): void {
    const key = Symbol.for(`${this.contentScriptName}:running`);
    const world = globalThis as unknown as Record<symbol, (() => void) | undefined>;
    world[key]?.();
    const stop = () => this.notifyInvalidated();
    world[key] = stop;
    this.onInvalidated(() => {
      if (world[key] === stop) world[key] = undefined;
    });
  }

  #watchExtension(): void {
    try {
      const port = browser.runtime.connect({ name: CALL_PAGE_PORT });
      port.onDisconnect.addListener(() => {
        if (this.signal.aborted) return;
        // A reload cuts the port a moment before the old context learns it is gone: look again
        // shortly. A port that closed while the extension lives on (its background went to sleep)
        // is opened again, so the next reload is noticed at once too.
        let looks = 0;
        const look = () => {
          if (this.signal.aborted) return;
          if (!extensionAlive()) return this.notifyInvalidated();
          if (++looks < LOOKS_AFTER_DISCONNECT.length) setTimeout(look, LOOKS_AFTER_DISCONNECT[looks]);
          else this.#watchExtension();
        };
        setTimeout(look, LOOKS_AFTER_DISCONNECT[0]);
      });
      this.onInvalidated(() => port.disconnect());
    } catch {
      // Already cut off from the extension (an old copy started late): stop now.
      this.notifyInvalidated();
    }
  }
}

/** When to look again after the port closed (ms after the previous look). */
const LOOKS_AFTER_DISCONNECT = [0, 100, 1000];

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
