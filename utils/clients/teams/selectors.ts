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
   * New Teams tiles `[data-stream-type="Video"]` with the name in the tile's own data-tid
   * (Meeting-BaaS/meet-teams-bot src/meeting/teams/speakersObserver.ts; participant-name.ts: "data-tid
   * = Alice" seen in a live meeting). Old tiles carry data-stream-type too: those are `tile`.
   */
  videoTile: '[data-stream-type="Video"]:not([data-cid="calling-participant-stream"])',
  /**
   * The free Teams (teams.live.com): tiles `[data-tid="menur1j"]`, the name = aria-label up to its first
   * comma ("Alice, video is on, …"; same bot, speakersObserver.ts).
   */
  liveTile: '[data-tid="menur1j"]',
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

/**
 * Test ids that are Teams' own structure, never a name, and e-mail addresses (some builds put the
 * account's address in data-tid): meet-teams-bot src/meeting/teams/participant-name.ts.
 */
export const notATileName = /@|^(?:roster|participant|calling|video|voice|menu)[a-z0-9-]*$|-stream$|-outline$/i;

/**
 * The labels Teams writes after a name, in the same text, possibly stacked ("Bob (Guest) (Unverified)"):
 * English from meet-teams-bot participant-name.ts (seen in live meetings). German "(Gast)", "(Extern)",
 * "(Nicht überprüft)" are unverified: Teams ships no public language files. Only these exact labels are
 * taken off; a bracket of any other kind stays part of the name.
 */
export const teamsLabels = /\s*\((?:guest|external|unverified|unfamiliar|gast|extern|nicht überprüft)\)$/iu;

export const evidence: SelectorEvidence<typeof selectors> = {
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1 } },
  inCall: { counts: { 'guests-de.html': 1, 'in-call.html': 2, 'live.html': 1, 'prejoin.html': 0 } },
  tile: { counts: { 'guests-de.html': 0, 'in-call.html': 3, 'prejoin.html': 0 } },
  tileName: { counts: { 'guests-de.html': 4, 'in-call.html': 3, 'prejoin.html': 0 } },
  videoTile: { counts: { 'guests-de.html': 6, 'in-call.html': 0, 'live.html': 0 } },
  liveTile: { counts: { 'guests-de.html': 0, 'in-call.html': 0, 'live.html': 3 } },
  rosterInCall: { counts: { 'guests-de.html': 4, 'in-call.html': 3, 'prejoin.html': 0 } },
  rosterAttendees: { counts: { 'in-call.html': 3 }, after: 'asMeetNow' },
  peopleButton: { counts: { 'large-call.html': 1, 'in-call.html': 1, 'prejoin.html': 0 } },
};
