import type { BridgeData, CallSnapshot, ClientAdapter } from '../clients/types';
import { emptySnapshot } from '../clients/types';
import { parseScreenShare } from '../platform/messages';
import { holdUnreadable } from './unreadable-hold';

export interface CallLoopOptions {
  adapter: ClientAdapter;
  doc: Document;
  win: Window;
  signal: AbortSignal;
  /** Nodes of our own overlay: their mutations never trigger a read. */
  isOwnNode(node: Node): boolean;
  /** Called only when the snapshot differs from the last one. */
  onSnapshot(snapshot: CallSnapshot): void;
  /** While the tab is hidden, reads are at least this far apart (ms): bursts are coalesced. */
  hiddenDelayMs?: number;
}

/** While the tab is visible, reads are at least a frame apart. */
const FRAME_MS = 16;
/** ...and never closer than this many times what a read takes: at most a fifth of the main thread in a burst. */
const COST_FACTOR = 4;

export interface CallLoop {
  /** Something outside the DOM changed (settings, a bridge message): read again soon. */
  markDirty(): void;
  /** How many reads ran: for benchmarks, which must see no reads for irrelevant churn. */
  readonly reads: number;
}

/**
 * One loop per tab: a single MutationObserver marks the page dirty, one coalesced read
 * follows, and only a changed snapshot goes on to the guards. No polling: an idle page costs nothing.
 *
 * When: the first change after a quiet spell is read in a microtask, at the end of the task that
 * changed the page (a React commit is one task), before the browser renders: the notice shows in
 * the same frame as what caused it, and no page rendering work can delay it. Unlike animation
 * frames and timers, this also works at once in a hidden tab (no frames there, timers throttled to
 * one wake-up a second). Changes that follow closer than the spacing (a frame while visible,
 * hiddenDelayMs while hidden, at least COST_FACTOR times what a read takes) are coalesced into one
 * read at the next animation frame, or after a timer. See docs/performance.md.
 */
export function startCallLoop(options: CallLoopOptions): CallLoop {
  const { adapter, doc, win, signal, isOwnNode, onSnapshot } = options;
  const hiddenDelayMs = options.hiddenDelayMs ?? 100;
  let bridge: BridgeData | null = null;
  // Screen sharing seen by the MAIN-world watch (getDisplayMedia), for every client alike.
  let sharingScreen = false;
  let lastKey = '';
  // Why the last read was unreadable: kept until a read really succeeds (unreadable-hold.ts).
  let held: string | null = null;
  let frame = 0;
  let timer = 0;
  let queued = false;
  let reads = 0;
  let lastReadAt = -Infinity;
  /** What reads take: the smaller of the last one and a running average, so one slow read (a GC) does not hold back the next. */
  let lastCost = 0;
  let averageCost = 0;
  const pending = () => frame !== 0 || timer !== 0 || queued;

  const read = () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    frame = 0;
    timer = 0;
    queued = false;
    if (signal.aborted) return;
    reads++;
    const start = performance.now();
    try {
      let snapshot: CallSnapshot;
      try {
        snapshot = adapter.read(doc, bridge);
        if (sharingScreen) snapshot = { ...snapshot, screenSharing: true };
      } catch (error) {
        // The page must never break, and a failed read must never look like "all is well".
        snapshot = { ...emptySnapshot(adapter.id), phase: 'unknown', unreadable: `read failed: ${String(error).slice(0, 200)}` };
      }
      snapshot = holdUnreadable(held, snapshot);
      held = snapshot.unreadable;
      const key = JSON.stringify(snapshot);
      if (key === lastKey) return;
      lastKey = key;
      onSnapshot(snapshot);
    } finally {
      lastReadAt = performance.now();
      lastCost = lastReadAt - start;
      averageCost = reads === 1 ? lastCost : 0.8 * averageCost + 0.2 * lastCost;
    }
  };

  const markDirty = () => {
    if (signal.aborted || pending()) return;
    const visible = doc.visibilityState === 'visible';
    const spacing = Math.max(visible ? FRAME_MS : hiddenDelayMs, COST_FACTOR * Math.min(lastCost, averageCost));
    const wait = lastReadAt + spacing - performance.now();
    if (wait <= 0) {
      queued = true;
      queueMicrotask(() => {
        if (queued) read();
      });
    } else if (visible && wait <= FRAME_MS) frame = win.requestAnimationFrame(read);
    else timer = win.setTimeout(read, wait);
  };

  const observer = new MutationObserver((records) => {
    if (pending()) return; // a read is already coming
    for (const record of records) {
      // The cheap, selective test first: most records are churn that isRelevant drops.
      if (adapter.isRelevant(record) && !isOwnNode(record.target)) return markDirty();
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

  const parse = adapter.bridge?.parse;
  win.addEventListener(
    'message',
    (event) => {
      if (event.source !== win) return;
      const sharing = parseScreenShare(event.data)?.sharing ?? null;
      if (sharing !== null) {
        sharingScreen = sharing;
        return markDirty();
      }
      const data = parse?.(event.data) ?? null;
      if (data === null) return;
      bridge = data;
      markDirty();
    },
    { signal },
  );

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
