import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the BigBlueButton adapter looks for in the page, each with where it is known from;
 * `evidence` says in which fixtures of tests/fixtures/bbb/ each selector was seen and how often.
 */
export const selectors = {
  /**
   * Greenlight 3 "Join meeting" form: input#joinFormName (bigbluebutton/greenlight
   * app/javascript/hooks/forms/rooms/useRoomJoinForm.js controlId, RoomJoin.jsx).
   */
  prejoinName: '#joinFormName',
  /**
   * In the client: the options menu `button[data-test="optionsButton"]` and the user list
   * `[data-test="userList"]`, `[data-test="userListContent"]` (elements.js).
   */
  inCall: '[data-test="optionsButton"], [data-test="userList"], [data-test="userListContent"]',
  /**
   * User list rows (…/user-list-participants/list-item/component.tsx): `data-test` is
   * "userListItemCurrent" for you and "userListItem" for everyone else, `aria-label={user.name}`
   * (BigBlueButton 3.0 and later). The list is paged: only loaded rows exist.
   */
  row: '[data-test="userListItem"], [data-test="userListItemCurrent"]',
  self: '[data-test="userListItemCurrent"]',
  /** Webcams (video-list/component): `[data-test="webcamVideoItem"]`, name in the menu trigger
   *  `[data-test="dropdownWebcamButton"]` (video-list-item/user-actions/component). */
  tile: '[data-test="webcamVideoItem"]',
  tileName: '[data-test="dropdownWebcamButton"]',
  /**
   * A small ("squeezed") webcam shows no name, only its options button with
   * aria-label={`${name} ${squeezedLabel}`} (video-list-item/user-actions/component, data-test
   * webcamOptionsMenuSqueezed). The name is what comes before the label (`squeezedLabel` below).
   */
  squeezedTile: '[data-test="webcamOptionsMenuSqueezed"]',
  /**
   * nav-bar/recording-indicator/component: `[data-test="recordingIndicator"]` is shown whenever the
   * meeting may be recorded; only while it records does it hold the running time (humanizeSeconds,
   * "MM:SS" or "HH:MM:SS").
   */
  recording: '[data-test="recordingIndicator"]',
  /** Any of these on a page makes it BigBlueButton, whatever the host. */
  markers: '[data-test^="userList"], [data-test="audioModal"], [data-test="recordingIndicator"], [data-test="webcamVideoItem"]',
} as const;

/**
 * app.videoDock.webcamSqueezedButtonLabel in bigbluebutton-html5/public/locales: en.json "Webcam
 * options", de.json "Webcameinstellungen". In another UI language the squeezed tile gives no name
 * (the user list still does): never a guess at where a name ends.
 */
export const squeezedLabel = / (?:Webcam options|Webcameinstellungen)$/;

export const evidence: SelectorEvidence<typeof selectors> = {
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1 } },
  inCall: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'squeezed-de.html': 3 } },
  row: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'squeezed-de.html': 4 } },
  self: { counts: { 'in-call.html': 1, 'prejoin.html': 0, 'squeezed-de.html': 1 } },
  tile: { counts: { 'in-call.html': 2, 'prejoin.html': 0, 'squeezed-de.html': 4 } },
  tileName: { counts: { 'in-call.html': 2, 'prejoin.html': 0, 'squeezed-de.html': 0 } },
  squeezedTile: { counts: { 'in-call.html': 0, 'prejoin.html': 0, 'squeezed-de.html': 3 } },
  recording: { counts: { 'in-call.html': 1, 'prejoin.html': 0, 'squeezed-de.html': 1 } },
  markers: { counts: { 'in-call.html': 8, 'prejoin.html': 0, 'squeezed-de.html': 11 } },
};
