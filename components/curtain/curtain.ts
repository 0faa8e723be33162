import type { CurtainHook } from '../../utils/call/curtain-hook';
import { CURTAIN_REGIONS, type CurtainRegions } from '../../utils/clients/curtain-regions';
import type { MessageKey } from '../../utils/platform/i18n';
import { clip, largest, outermost, withoutHoles, type Box } from './boxes';
import { CURTAIN_CSS } from './curtain-css';
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
  layer.append(style, covers, card);

  const take = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
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
    if (layer.parentNode !== mounted.shadow) mounted.shadow.append(layer);
    layer.setAttribute('data-curtain', mode);
    // Our own notices name people too: hidden with the call, their names blurred with the names.
    mounted.uiContainer.setAttribute('data-curtained', mode);
    place(mode, CURTAIN_REGIONS[current.adapter.id]);
    // Kept in place while shown: tiles move, lists scroll, toasts come and go.
    if (!frame) frame = win.requestAnimationFrame(follow);
  };

  const follow = () => {
    frame = 0;
    draw();
  };

  const place = (mode: CurtainMode, regions: CurtainRegions | undefined) => {
    const width = win.innerWidth;
    const height = win.innerHeight;
    const found = regions ? regionBoxes(doc, regions, mode, width, height) : null;
    // No regions known or found: the whole page, the client's controls included, rather than gaps.
    const boxes = found ?? [{ left: 0, top: 0, right: width, bottom: height }];
    const blur = mode === 'names' && found !== null;
    drawCovers(boxes, blur);
    const room = largest(boxes);
    card.hidden = blur;
    if (!blur) placeCard(room && room.right - room.left >= CARD_ROOM.width && room.bottom - room.top >= CARD_ROOM.height ? room : { left: 0, top: 0, right: width, bottom: height });
  };

  const drawCovers = (boxes: Box[], blur: boolean) => {
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

  const placeCard = (room: Box) => {
    const cardWidth = Math.min(420, room.right - room.left - 24, win.innerWidth - 24);
    card.style.width = `${Math.max(200, cardWidth)}px`;
    card.style.left = `${Math.max(0, (room.left + room.right) / 2 - Math.max(200, cardWidth) / 2)}px`;
    card.style.top = `${Math.max(0, (room.top + room.bottom) / 2 - card.offsetHeight / 2)}px`;
  };

  const run = (command: CurtainCommand): CurtainChoice => {
    choice = nextChoice(choice, command);
    draw();
    return choice;
  };

  return { run };
}

function setBox(element: HTMLElement, box: Box): void {
  const left = `${box.left}px`;
  const top = `${box.top}px`;
  const width = `${box.right - box.left}px`;
  const height = `${box.bottom - box.top}px`;
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
    const shown = [regions.tiles, regions.names, regions.lists, regions.toasts, regions.chat, regions.share].filter(Boolean).join(', ');
    return withoutHoles(outermost(boxesOf(doc, shown, width, height)), boxesOf(doc, regions.controls, width, height));
  } catch {
    return null;
  }
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
