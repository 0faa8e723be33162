import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// Teams web (new Teams): the stage of participant streams, the people pane (its in-call and
// in-the-meeting trees), the meeting chat and its toasts, the call's toolbar on top.
export const curtain: CurtainRegions = {
  stage: `${selectors.tile}, [data-tid="calling-stage"], [data-tid="modern-stage-wrapper"]`,
  tiles: `${selectors.tile}, [data-tid="calling-stage"], [data-tid="modern-stage-wrapper"]`,
  names: `${selectors.tileName}, ${selectors.rosterInCall}, ${selectors.rosterAttendees}, [data-tid="message-author-name"]`,
  lists: '[data-tid="people-pane"], [role="tree"]',
  toasts: '[data-tid="toast-container"], [data-tid^="notification"], [data-tid="call-notification"]',
  chat: '[data-tid="chat-pane"], [data-tid="message-pane-list-viewport"]',
  share: '[data-tid="screen-share-content"], [data-stream-type="ScreenSharing"]',
  controls: '[role="toolbar"], #hangup-button, [data-tid="hangup-main-btn"]',
};
