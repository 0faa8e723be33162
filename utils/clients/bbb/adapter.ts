import { domAdapter } from '../common/dom-reader';

/**
 * BigBlueButton's HTML5 client (self-hosted: recognised by its markup and paths, never by host)
 * and the Greenlight room page in front of it. BigBlueButton marks its UI with `data-test`
 * attributes for its own Playwright tests (bigbluebutton/bigbluebutton
 * bigbluebutton-tests/playwright/core/elements.js); components in bigbluebutton-html5.
 */
const selectors = {
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
  tileName: ['[data-test="dropdownWebcamButton"]'],
  /**
   * nav-bar/recording-indicator/component: `[data-test="recordingIndicator"]` is shown whenever the
   * meeting may be recorded; only while it records does it hold the running time (humanizeSeconds,
   * "MM:SS" or "HH:MM:SS").
   */
  recording: '[data-test="recordingIndicator"]',
  /** Any of these on a page makes it BigBlueButton, whatever the host. */
  markers: '[data-test^="userList"], [data-test="audioModal"], [data-test="recordingIndicator"], [data-test="webcamVideoItem"]',
} as const;

/** /html5client/… (the client), /rooms/<id>/join (Greenlight's join page). */
const PATHS = /^\/(html5client\/|rooms\/[^/]+\/join)/;

export const bbbAdapter = domAdapter({
  id: 'bbb',
  label: 'BigBlueButton',
  recognises: (doc, url) =>
    PATHS.test(url.pathname) || doc.querySelector(`${selectors.markers}, ${selectors.prejoinName}`) !== null,
  prejoinName: selectors.prejoinName,
  inCall: selectors.inCall,
  sources: [
    { item: selectors.row, attr: 'aria-label', self: selectors.self, shownIn: 'pane' },
    { item: selectors.tile, name: selectors.tileName, shownIn: 'tile' },
  ],
  recording: (doc) => /\d:\d\d/.test(doc.querySelector(selectors.recording)?.textContent ?? ''),
  watch: selectors.recording,
});
