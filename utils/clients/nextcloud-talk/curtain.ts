import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// Nextcloud Talk: the call view's videos, the sidebar's participants tab and chat.
export const curtain: CurtainRegions = {
  stage: `${selectors.tile}, #videos, .videocontainer`,
  tiles: `${selectors.tile}, #videos, .videocontainer, .local-video`,
  names: `${selectors.tileName}, ${selectors.paneName}, .message__author, .messages__author`,
  lists: '#tab-participants',
  toasts: '.toastify',
  chat: '#tab-chat, .messages-list, .chatView',
  share: '.screen, #screens',
  controls: '.top-bar__buttons, .call-button, .local-media-controls',
};
