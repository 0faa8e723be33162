import { domAdapter } from '../common/dom-reader';

/**
 * Microsoft Teams on the web (teams.microsoft.com for work and school, teams.live.com for the
 * free Teams that replaced Skype on 5 May 2025). Teams marks its UI with `data-tid` test ids;
 * Microsoft publishes no source, so each selector below is one that several open-source meeting
 * tools read from the live page (paths beside it). Not verified against a live call here.
 */
const selectors = {
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
  tileName: ['[data-tid="participant-info-nametag"]'],
  /**
   * People pane ("Attendees" tree): one row per person, `data-tid="participantsInCall-<name>"`
   * (meetings joined by link) or `attendeesInMeeting-<name>` (Meet now); the name is in the test id.
   */
  rosterInCall: '[data-tid^="participantsInCall-"]',
  rosterInCallPrefix: 'participantsInCall-',
  rosterAttendees: '[data-tid^="attendeesInMeeting-"]',
  rosterAttendeesPrefix: 'attendeesInMeeting-',
} as const;

const HOSTS = ['teams.microsoft.com', 'teams.live.com'];

export const teamsAdapter = domAdapter({
  id: 'teams',
  label: 'Microsoft Teams',
  recognises: (_doc, url) => HOSTS.includes(url.hostname),
  prejoinName: selectors.prejoinName,
  inCall: selectors.inCall,
  sources: [
    { item: selectors.tile, name: selectors.tileName, shownIn: 'tile' },
    { item: selectors.rosterInCall, attr: 'data-tid', prefix: selectors.rosterInCallPrefix, shownIn: 'pane' },
    { item: selectors.rosterAttendees, attr: 'data-tid', prefix: selectors.rosterAttendeesPrefix, shownIn: 'pane' },
  ],
  // No `recording`: Teams shows a recording banner, but none of the tools above names a stable test id for it.
});
