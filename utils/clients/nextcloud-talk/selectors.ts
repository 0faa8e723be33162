import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the Nextcloud Talk adapter looks for, each with the nextcloud/spreed source file it
 * comes from (Vue components; scoped styles keep these class names and add data-v-* attributes).
 * Read from the source only: none of it was checked against a running Talk server.
 * `evidence` says in which fixtures of tests/fixtures/nextcloud-talk/ each selector was seen.
 */
export const selectors = {
  /** src/components/GuestWelcomeWindow.vue: a guest's "Enter your name" field (NcTextField, class username-form__input). */
  prejoinName: '.username-form__input input',
  /**
   * src/components/MediaSettings/MediaSettings.vue: the device check before joining; its join button
   * (CallButton, class call-button) is only there while you are not in the call (the same dialog
   * opens during the call without it).
   */
  prejoinScreen: '.media-settings .call-button',
  /** src/components/CallView/CallView.vue: the call view's root, div#call-container. */
  inCall: '#call-container',
  /**
   * src/components/CallView/shared/VideoVue.vue: a remote participant's tile, div.video-container with id
   * container_<peerId>_video_incoming (placeholders have the prefix placeholder-, so they do not match).
   */
  tile: '[id^="container_"][id$="_video_incoming"]',
  /** src/components/CallView/shared/VideoBottomBar.vue: the name under the video, div.participant-name. */
  tileName: '.participant-name',
  /**
   * src/components/RightSidebar/Participants/Participant.vue: a row of the participants tab (its container
   * is #tab-participants, named there for the dial pad), NcListItem with class participant.
   */
  paneRow: '#tab-participants .participant',
  /** Participant.vue: the name alone, span.participant__user-name (badges such as "(guest)" are beside it). */
  paneName: '.participant__user-name',
  /**
   * src/components/TopBar/CallTime.vue: the call timer shows a RecordCircle icon while the call is recorded
   * (red) or the recording starts (grey); vue-material-design-icons render it as span.record-circle-icon.
   */
  recording: '.call-time .record-circle-icon',
  /** src/App.vue: Talk's NcContent (app-name "talk"), div#content-vue.app-talk, on every Talk page. */
  markers: '#content-vue.app-talk',
} as const;

export const evidence: SelectorEvidence<typeof selectors> = {
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1 } },
  prejoinScreen: { counts: { 'prejoin.html': 1 }, after: 'submitName' },
  inCall: { counts: { 'in-call.html': 1, 'prejoin.html': 0 } },
  tile: { counts: { 'in-call.html': 2, 'prejoin.html': 0 } },
  tileName: { counts: { 'in-call.html': 2, 'prejoin.html': 0 } },
  paneRow: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  paneName: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  recording: { counts: { 'in-call.html': 1 }, after: 'startRecording' },
  markers: { counts: { 'in-call.html': 1, 'prejoin.html': 1 } },
};
