import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// Google Meet: the grid of participant tiles, the people panel (an aside with a list), the chat
// panel, join notifications at the bottom left, and the call controls' bar at the bottom.
export const curtain: CurtainRegions = {
  stage: `${selectors.tile}`,
  tiles: `${selectors.tile}`,
  names: `${selectors.tile} ${selectors.tileName}, ${selectors.paneRow}, [data-sender-name]`,
  lists: 'aside [role="list"]',
  toasts: '[aria-live="polite"][role="status"], [jsname][role="alert"]',
  chat: '[aria-label="Chat messages"], [aria-label="Chatnachrichten"], [data-message-id]',
  share: '[data-layout="presentation"]',
  controls: '[role="region"][aria-label="Call controls"], [role="region"][aria-label="Anrufsteuerung"], button[aria-label^="Leave call"], button[aria-label^="Anruf verlassen"]',
};
