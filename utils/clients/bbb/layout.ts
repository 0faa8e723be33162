import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in BigBlueButton (data-test ids of bigbluebutton-tests/playwright/core/elements.js)
 * and on Greenlight 3's join page: the overlay keeps off these. `evidence` says in which fixtures of
 * tests/fixtures/bbb/ each was seen and how often.
 */
export const regions = {
  /** Greenlight 3's name field, #joinFormName (RoomJoin.jsx; the adapter's prejoinName). */
  nameField: '#joinFormName',
  /** The join form around it, with its "Join Meeting" button. */
  joinForm: 'form:has(#joinFormName)',
  /** The nav bar's buttons: options, leave, and the recording indicator moderators start and stop with (elements.js). */
  navBar: '[data-test="optionsButton"], [data-test="leaveMeetingDropdown"], [data-test="recordingIndicator"]',
  /** The actions bar: actions, audio, camera, screen share, reactions (elements.js). */
  actionsBar: '[data-test="actionsButton"], [data-test="joinAudio"], [data-test="joinVideo"], [data-test="startScreenShare"], [data-test="reactionsButton"]',
  /** The user list panel, waiting guests included (elements.js userListContent). */
  userList: '[data-test="userListContent"]',
  /** The public chat's input (elements.js chatBox, textarea#message-input). */
  chatInput: '#message-input',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  joinForm: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  navBar: { counts: { 'prejoin.html': 0, 'in-call.html': 3, 'squeezed-de.html': 2 } },
  actionsBar: { counts: { 'prejoin.html': 0, 'in-call.html': 5 } },
  userList: { counts: { 'prejoin.html': 0, 'in-call.html': 1, 'squeezed-de.html': 1 } },
  chatInput: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_bbb' as const };
