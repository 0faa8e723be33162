import type { CurtainRegions } from '../curtain-regions';
import { selectors } from './selectors';

// BigBlueButton 2.x/3.x (data-test attributes): the camera dock, the presentation or a shared
// screen, the user list and chat in the side panels, react-toastify's notifications.
export const curtain: CurtainRegions = {
  stage: `${selectors.tile}, #cameraDock, [data-test="presentationContainer"], [data-test="screenShareVideo"], ${selectors.row}`,
  tiles: `${selectors.tile}, #cameraDock`,
  names: `${selectors.tileName}, ${selectors.row}, [data-test="chatUserMessage"] [data-test="chatMessageSender"], [data-test="moderatorAvatar"], [data-test="viewerAvatar"]`,
  lists: '[data-test="userListContent"], [data-test="waitingUsersPanel"]',
  toasts: '.Toastify, [data-test="toastContainer"]',
  chat: '[data-test="chatMessages"], #chat-messages, [data-test="publicChat"]',
  share: '[data-test="presentationContainer"], [data-test="screenShareVideo"]',
  controls: '[data-test="optionsButton"], [data-test="leaveMeetingDropdown"], [data-test="toggleMicrophoneButton"], [data-test="muteMicButton"], [data-test="unmuteMicButton"], [data-test="joinAudio"], [data-test="leaveAudio"]',
};
