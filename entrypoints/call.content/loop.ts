import type { BridgeData, CallSnapshot, ClientAdapter } from '../../utils/clients/types';
import { emptySnapshot } from '../../utils/clients/types';

export interface CallLoopOptions {
  adapter: ClientAdapter;
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Nodes of our own overlay: their mutations never trigger a read. */
  isOwnNode(node: Node): boolean;
  /** Called only when the snapshot differs from the last one. */
  onSnapshot(snapshot: CallSnapshot): void;
  /** How long to coalesce reads while the tab is hidden (rAF does not fire there). */
  hiddenDelayMs?: number;
}

export interface CallLoop {
  /** Something outside the DOM changed (settings, a bridge message): read again soon. */
  markDirty(): void;
  /** How many reads ran: for benchmarks, which must see no reads for irrelevant churn. */
  readonly reads: number;
}

/**
 * One loop per tab: a single MutationObserver marks the page dirty, one coalesced read
 * follows (next frame while visible, a short timer while hidden), and only a changed
 * snapshot goes on to the guards. No polling: an idle page costs nothing.
 */
export function startCallLoop(options: CallLoopOptions): CallLoop {
  const { adapter, doc, win, signal, isOwnNode, onSnapshot } = options;
  const hiddenDelayMs = options.hiddenDelayMs ?? 100;
  let bridge: BridgeData | null = null;
  let lastKey = '';
  let frame = 0;
  let timer = 0;
  let reads = 0;

  const read = () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    frame = 0;
    timer = 0;
    if (signal.aborted) return;
    reads++;
    let snapshot: CallSnapshot;
    try {
      snapshot = adapter.read(doc, bridge);
    } catch (error) {
      // The page must never break, and a failed read must never look like "all is well".
      snapshot = { ...emptySnapshot(adapter.id), phase: 'unknown', unreadable: `read failed: ${String(error).slice(0, 200)}` };
    }
    const key = JSON.stringify(snapshot);
    if (key === lastKey) return;
    lastKey = key;
    onSnapshot(snapshot);
  };

  const markDirty = () => {
    if (signal.aborted || frame || timer) return;
    if (doc.visibilityState === 'visible') frame = win.requestAnimationFrame(read);
    else timer = win.setTimeout(read, hiddenDelayMs);
  };

  const observer = new MutationObserver((records) => {
    if (frame || timer) return; // a read is already coming
    for (const record of records) {
      if (isOwnNode(record.target)) continue;
      if (adapter.isRelevant(record)) return markDirty();
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: adapter.observedAttributes.length > 0,
    ...(adapter.observedAttributes.length > 0 ? { attributeFilter: adapter.observedAttributes } : {}),
  });

  // Typing into an input changes its value, not the DOM: the observer cannot see it.
  const onInput = (event: Event) => {
    if (event.target instanceof Node && !isOwnNode(event.target)) markDirty();
  };
  doc.addEventListener('input', onInput, { capture: true, signal });

  // A frame requested just before the tab was hidden would wait until it is shown again.
  const onVisibility = () => {
    if (frame && doc.visibilityState !== 'visible') {
      win.cancelAnimationFrame(frame);
      frame = 0;
      markDirty();
    }
  };
  doc.addEventListener('visibilitychange', onVisibility, { signal });

  if (adapter.bridge) {
    const { parse } = adapter.bridge;
    win.addEventListener(
      'message',
      (event) => {
        if (event.source !== win) return;
        const data = parse(event.data);
        if (data === null) return;
        bridge = data;
        markDirty();
      },
      { signal },
    );
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  });

  markDirty();
  return {
    markDirty,
    get reads() {
      return reads;
    },
  };
}
