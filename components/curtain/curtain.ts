import type { CurtainHook } from '../../utils/call/curtain-hook';
import { CURTAIN_REGIONS, type CurtainRegions } from '../../utils/clients/curtain-regions';
import type { MessageKey } from '../../utils/platform/i18n';
import { clip, largest, outermost, withoutHoles, type Box } from './boxes';
import { CURTAIN_CSS } from './curtain-css';
import { guardFocus } from './focus-guard';
import { holdHost } from './hold-host';
import { modeOf, nextChoice, NO_CURTAIN, type CurtainChoice, type CurtainCommand, type CurtainMode } from '../../utils/call/curtain-state';

export interface Curtain {
  /** Act on a command; what is chosen afterwards (plain data, for the popup). */
  run(command: CurtainCommand): CurtainChoice;
}

type Translate = (key: MessageKey) => string;

/** Covers smaller than this hold no words: the words go in the middle of the viewport. */
const CARD_ROOM = { width: 300, height: 140 };

/**
 * The privacy curtain of one call page, drawn in the overlay's shadow root. The page's nodes are
 * only read (their boxes), never written. `hook()` is the call page's current hook: when it is
 * gone (the call ended, or is no longer the group's), the curtain takes itself out.
 */
export function createCurtain(doc: Document, win: Window, hook: () => CurtainHook | undefined, t: Translate): Curtain {
  let choice = NO_CURTAIN;
  let shownIn: CurtainHook | null = null;
  let release: (() => void) | null = null;
  let frame = 0;
  /** The whole cover was just drawn at once: the next frame shows it, unrefined. */
  let whole = false;
  /** The page is covered whole (no regions known or found): nothing of it may take focus. */
  let coverAll = true;
  /** Ends the focus guard (focus-guard.ts) of the whole call's curtain. */
  let unguard: (() => void) | null = null;

  const layer = doc.createElement('div');
  layer.className = 'vc-layer';
  const style = doc.createElement('style');
  style.textContent = CURTAIN_CSS;
  const covers = doc.createElement('div');
  const card = doc.createElement('div');
  card.className = 'vc-card';
  // Read out when it appears; it says nothing about the group or its topic.
  card.setAttribute('role', 'status');
  const words = doc.createElement('p');
  words.textContent = t('curtainText');
  const showAgain = doc.createElement('button');
  showAgain.type = 'button';
  showAgain.textContent = t('curtainShowAgain');
  // The host stops made-up clicks at its shadow root (utils/call/overlay-host.ts): only the person's own arrive.
  showAgain.addEventListener('click', () => run('lift'));
  card.append(words, showAgain);
  // The card is centred in its room by CSS (curtain-css.ts): placing it reads no layout.
  const cardRoom = doc.createElement('div');
  cardRoom.className = 'vc-room';
  cardRoom.append(card);
  layer.append(covers, cardRoom);

  const take = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    whole = false;
    unguard?.();
    unguard = null;
    layer.remove();
    shownIn?.ui.mounted?.uiContainer.removeAttribute('data-curtained');
    release?.();
    release = null;
    shownIn = null;
  };

  const draw = () => {
    const current = hook();
    if (choice.watchShare && current) choice = nextChoice(choice, current.state.snapshot?.screenSharing ? 'share-on' : 'share-off');
    const mode = modeOf(choice);
    if (!mode || !current) {
      take();
      // Watching for a screen share: one property read a frame (none in a hidden tab, which nobody sees).
      if (choice.watchShare && current) frame = win.requestAnimationFrame(follow);
      return;
    }
    if (shownIn && shownIn !== current) take();
    const mounted = current.ui.show();
    release ??= holdHost(current.ui);
    shownIn = current;
    const fresh = layer.parentNode !== mounted.shadow || layer.getAttribute('data-curtain') !== mode;
    // The curtain's style stays in the overlay's (closed) shadow root once added, until the host
    // goes: the page sees nothing of it, and a style sheet taken out and put back on every
    // showing is work for the frame that must show the curtain (docs/performance.md).
    if (style.parentNode !== mounted.shadow) mounted.shadow.append(style);
    if (layer.parentNode !== mounted.shadow) mounted.shadow.append(layer);
    layer.setAttribute('data-curtain', mode);
    // Our own notices name people too: hidden with the call; names only covers what quotes a name (curtain-css.ts).
    mounted.uiContainer.setAttribute('data-curtained', mode);
    // The whole call, just asked for: one cover over everything at once, without reading a single
    // box of the page (no layout forced before this frame is painted); the next frame refines it
    // to the client's regions and frees its controls (docs/performance.md, the curtain).
    const regions = CURTAIN_REGIONS[current.adapter.id];
    whole = fresh && mode === 'call';
    if (whole) place(null);
    else place(mode, regions);
    if (mode === 'call') {
      const host = () => current.ui.mounted?.shadowHost ?? null;
      unguard ??= guardFocus(doc, { covered: (element) => covered(element, regions), host, own: showAgain });
    } else {
      unguard?.();
      unguard = null;
    }
    // Kept in place while shown: tiles move, lists scroll, toasts come and go.
    if (!frame) frame = win.requestAnimationFrame(follow);
  };

  const follow = () => {
    // The first frame paints the whole cover alone; refined from the one after it.
    if (whole) {
      whole = false;
      frame = win.requestAnimationFrame(follow);
      return;
    }
    frame = 0;
    draw();
  };

  /** `regions` null: the whole page, at once (no reads). */
  const place = (...[mode, regions]: [null] | [CurtainMode, CurtainRegions | undefined]) => {
    // All of the page's boxes are read before anything of ours is written: one layout a frame.
    const found = mode && regions ? regionBoxes(doc, regions, mode, win.innerWidth, win.innerHeight) : null;
    const blur = mode === 'names' && found !== null;
    // The first, whole frame reads no boxes: until the next frame, its client's regions are taken as found.
    coverAll = mode ? found === null : !CURTAIN_REGIONS[shownIn?.adapter.id ?? ''];
    // No regions known or found: the whole page, the client's controls included, rather than gaps.
    drawCovers(found ?? [WHOLE], blur);
    card.hidden = blur;
    const room = found && largest(found);
    if (!blur) setBox(cardRoom, room && room.right - room.left >= CARD_ROOM.width && room.bottom - room.top >= CARD_ROOM.height ? room : WHOLE);
  };

  /** Is this page element under the whole call's covers (its region's box is covered, less the controls)? */
  const covered = (element: Element, regions: CurtainRegions | undefined) => {
    if (element === shownIn?.ui.mounted?.shadowHost) return false;
    if (coverAll || !regions) return true;
    try {
      return element.closest(shownRegions(regions)) !== null && (!regions.controls || element.closest(regions.controls) === null);
    } catch {
      return true;
    }
  };

  const drawCovers = (boxes: (Box | typeof WHOLE)[], blur: boolean) => {
    const className = blur ? 'vc-name' : 'vc-cover';
    while (covers.children.length > boxes.length) covers.lastElementChild?.remove();
    while (covers.children.length < boxes.length) covers.append(doc.createElement('div'));
    boxes.forEach((box, index) => {
      const cover = covers.children[index] as HTMLElement;
      if (cover.className !== className) {
        cover.className = className;
        if (blur) {
          // Focus reveals one name, like the pointer does (CSS :focus-visible, :hover).
          cover.tabIndex = 0;
          cover.setAttribute('role', 'img');
          cover.setAttribute('aria-label', t('curtainNameHidden'));
          cover.removeAttribute('aria-hidden');
        } else {
          cover.removeAttribute('tabindex');
          cover.removeAttribute('role');
          cover.removeAttribute('aria-label');
          cover.setAttribute('aria-hidden', 'true');
        }
      }
      setBox(cover, box);
    });
  };

  const run = (command: CurtainCommand): CurtainChoice => {
    choice = nextChoice(choice, command);
    draw();
    return choice;
  };

  return { run };
}

/** The whole viewport, without reading its size: the layer is fixed over it (curtain-css.ts). */
const WHOLE = 'whole';

function setBox(element: HTMLElement, box: Box | typeof WHOLE): void {
  const whole = box === WHOLE;
  const left = whole ? '0px' : `${box.left}px`;
  const top = whole ? '0px' : `${box.top}px`;
  const width = whole ? '100%' : `${box.right - box.left}px`;
  const height = whole ? '100%' : `${box.bottom - box.top}px`;
  // Unchanged positions are not written again: no style work on a still page.
  if (element.style.left !== left) element.style.left = left;
  if (element.style.top !== top) element.style.top = top;
  if (element.style.width !== width) element.style.width = width;
  if (element.style.height !== height) element.style.height = height;
}

/**
 * The boxes to cover, or null when the call's stage is not in the page (or a selector fails in
 * this browser): then the whole page is covered. The whole call: every region, less the controls;
 * names only: each name label.
 */
function regionBoxes(doc: Document, regions: CurtainRegions, mode: CurtainMode, width: number, height: number): Box[] | null {
  try {
    if (boxesOf(doc, regions.stage, width, height).length === 0) return null;
    if (mode === 'names') return boxesOf(doc, regions.names, width, height);
    return withoutHoles(outermost(boxesOf(doc, shownRegions(regions), width, height)), boxesOf(doc, regions.controls, width, height));
  } catch {
    return null;
  }
}

/** Every region that shows people or what they write, as one selector list. */
function shownRegions(regions: CurtainRegions): string {
  return [regions.tiles, regions.names, regions.lists, regions.toasts, regions.chat, regions.share].filter(Boolean).join(', ');
}

function boxesOf(doc: Document, selector: string, width: number, height: number): Box[] {
  if (!selector) return [];
  const boxes: Box[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    const box = clip(element.getBoundingClientRect(), width, height);
    if (box) boxes.push(box);
  }
  return boxes;
}
