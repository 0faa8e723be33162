import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// Zoom's web client, inside iframe#webclient (the curtain runs in that frame): the video area
// above the footer, the participants and chat panes on the right, notifications over the video.
export const curtain: CurtainRegions = {
  stage: `${selectors.tile}, .meeting-client-inner, #speak-view, .gallery-video-container__wrap`,
  tiles: `${selectors.tile}, .speaker-active-container__video-frame, .gallery-video-container__main-view, #speak-view`,
  names: `${selectors.tileName}, ${selectors.tileFooterName}, ${selectors.paneName}, .chat-item__sender, .new-chat-message__sender`,
  lists: '#participants-ul, .participants-section-container, #wc-container-right .participants-wrapper',
  toasts: '.notification-message-wrap, .zm-toast, [role="alert"]',
  chat: '.chat-container, #chat-list-content, .chat-content__chat-list',
  share: '.sharee-container, #sharee-container, .sharing-layout',
  controls: '#wc-footer, .footer',
};
