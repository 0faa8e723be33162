import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the Microsoft Teams adapter looks for in the page, each with where it is known from;
 * `evidence` says in which fixtures of tests/fixtures/teams/ each selector was seen and how often.
 */
export const selectors = {
  /**
   * Pre-join "Type your name" field of guests: input[data-tid="prejoin-display-name-input"]
   * (Vexa-ai/vexa msteams join flow, and other meeting bots' Teams selectors).
   */
  prejoinName: 'input[data-tid="prejoin-display-name-input"]',
  /**
   * In the call only: the Leave button `#hangup-button` / `button[data-tid="hangup-main-btn"]`
   * (Vexa-ai/vexa services/vexa-bot/core/src/platforms/msteams/selectors.ts) and the call timer
   * `[data-tid="call-duration"]`.
   */
  inCall: '#hangup-button, [data-tid="hangup-main-btn"], [data-tid="call-duration"]',
  /**
   * Video tiles `[data-cid="calling-participant-stream"]` with the shown name in
   * `[data-tid="participant-info-nametag"]` (tools reading Teams v2 tiles for speaker detection).
   */
  tile: '[data-cid="calling-participant-stream"]',
  tileName: '[data-tid="participant-info-nametag"]',
  /**
   * People pane ("Attendees" tree): one row per person, `data-tid="participantsInCall-<name>"`
   * (meetings joined by link) or `attendeesInMeeting-<name>` (Meet now); the name is in the test id.
   */
  rosterInCall: '[data-tid^="participantsInCall-"]',
  rosterAttendees: '[data-tid^="attendeesInMeeting-"]',
  /**
   * The toolbar's People button (`#roster-button`, data-tid "calling-toolbar-people-button";
   * docs/clients.md: the head count is on it), read for its number: Teams' own count of the call.
   */
  peopleButton: '#roster-button, [data-tid="calling-toolbar-people-button"]',
} as const;

/** The People pane's test ids carry the name after these prefixes (not selectors). */
export const rosterInCallPrefix = 'participantsInCall-';
export const rosterAttendeesPrefix = 'attendeesInMeeting-';

export const evidence: SelectorEvidence<typeof selectors> = {
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1 } },
  inCall: { counts: { 'in-call.html': 2, 'prejoin.html': 0 } },
  tile: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  tileName: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  rosterInCall: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  rosterAttendees: { counts: { 'in-call.html': 3 }, after: 'asMeetNow' },
  peopleButton: { counts: { 'large-call.html': 1, 'in-call.html': 1, 'prejoin.html': 0 } },
};
