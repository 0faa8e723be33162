// While the whole call is hidden, the keyboard must not reach what the covers hide: a name, a row
// of the participants list, the chat's input (typing there would go to everyone, unseen). The
// page's nodes are not marked for it (no `inert`, no tabindex: the page watches its own DOM);
// instead, from the extension's world, focus that arrives on a covered element is moved on at
// once: with Tab or Shift+Tab to the next element in that direction that is not covered (the
// client's controls, the curtain's own button), from anything else to the curtain's button.

/** What the keyboard can reach on a page, besides tabindex="-1" (filtered out below). */
const TABBABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [contenteditable=""], [contenteditable="true"], [tabindex]';

export interface FocusGuard {
  /** Is this page element under a cover now? */
  covered(element: Element): boolean;
  /** The curtain's host in the page: where its button is in the page's order. */
  host(): Element | null;
  /** The curtain's own button, where focus goes when nothing else is free. */
  own: HTMLElement;
}

/** Guards `doc`'s focus until the returned function is called; focus already inside a cover leaves it now. */
export function guardFocus(doc: Document, guard: FocusGuard): () => void {
  const stop = new AbortController();
  const options = { capture: true, signal: stop.signal };
  /** +1 / -1 while a Tab / Shift+Tab moves focus; 0 for any other way focus arrives. */
  let step = 0;

  doc.addEventListener('keydown', (event) => {
    step = event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : 0;
  }, options);
  doc.addEventListener('keyup', () => {
    step = 0;
  }, options);
  doc.addEventListener('focusin', (event) => {
    const target = event.target;
    const direction = step;
    step = 0;
    if (target instanceof Element && guard.covered(target)) moveOn(target, direction);
  }, options);

  const moveOn = (from: Element, direction: number) => {
    const next = direction === 0 ? null : nextFree(doc, guard, from, direction);
    const to = next === null || next === guard.host() ? guard.own : next;
    (to as HTMLElement).focus({ preventScroll: true });
  };

  const active = doc.activeElement;
  if (active && active !== doc.body && guard.covered(active)) moveOn(active, 0);
  return () => stop.abort();
}

/** The first element after (`direction` 1) or before (-1) `from` in the page's order that the keyboard may reach, around the end. */
function nextFree(doc: Document, guard: FocusGuard, from: Element, direction: number): Element | null {
  const host = guard.host();
  const stops = [...doc.querySelectorAll(TABBABLE)].filter((element) => element !== from && free(element, guard));
  if (host) stops.push(host);
  if (stops.length === 0) return null;
  // Document order (the host is the body's last child or was moved back there; sorting places it wherever it is).
  stops.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const after = (element: Element) => Boolean(from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (direction > 0) return stops.find(after) ?? stops[0]!;
  return stops.findLast((element) => !after(element)) ?? stops.at(-1)!;
}

/** Reachable by the keyboard and not under a cover. Only read on a focus move into a cover: the layout it reads is fine then. */
function free(element: Element, guard: FocusGuard): boolean {
  if (!(element instanceof HTMLElement) || element.tabIndex < 0 || guard.covered(element)) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0;
}
