import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// Jitsi Meet's web UI (react/features/…): the large video and the filmstrip's tiles, the
// participants pane and lobby list beside them, notifications in the bottom corner, the chat panel.
export const curtain: CurtainRegions = {
  stage: `#largeVideoContainer, ${selectors.filmstrip}, ${selectors.tile}`,
  tiles: `#largeVideoContainer, ${selectors.tile}, #filmstripLocalVideo`,
  names: `${selectors.localName}, ${selectors.remoteName}, .displayname, ${selectors.paneRow}, ${selectors.lobbyList} li, #chat-conversation-container .display-name`,
  lists: `#participants-pane, ${selectors.lobbyList}`,
  toasts: '.notifications-container, #notifications-container, [data-testid^="notify."]',
  chat: '#sideToolbarContainer, .chat-panel, #chat-conversation-container',
  // A shared screen is shown in the large video.
  share: '#largeVideoContainer',
  controls: '#new-toolbox .toolbox-content, #new-toolbox > *',
};
