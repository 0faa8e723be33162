import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in Teams on the web: the overlay keeps off these. Microsoft publishes no
 * source; the test ids are those in tests/fixtures/teams/ (from open-source meeting tools, selectors.ts).
 * `evidence` says in which fixtures each was seen and how often.
 */
export const regions = {
  /** The guest's "Type your name" field (Vexa-ai/vexa msteams join flow). */
  nameField: 'input[data-tid="prejoin-display-name-input"]',
  /** "Join now" (Vexa-ai/vexa msteams join flow: prejoin-join-button). */
  joinButton: '[data-tid="prejoin-join-button"]',
  /** The pre-join camera and microphone switches (Vexa-ai/vexa: toggle-video, toggle-mute). */
  prejoinDevices: '[data-tid="toggle-video"], [data-tid="toggle-mute"]',
  /**
   * The meeting controls: the toolbar that holds Leave, and Leave itself where it stands alone (the
   * free Teams, live.html). `#hangup-button` is what the bots press to leave (selectors.ts inCall).
   */
  toolbar: '[role="toolbar"]:has(#hangup-button), #hangup-button',
  /** The People pane: the panel around the "Attendees" rows (participantsInCall-/attendeesInMeeting-). */
  peoplePane: 'aside:has([data-tid^="participantsInCall-"], [data-tid^="attendeesInMeeting-"])',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  joinButton: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  prejoinDevices: { counts: { 'prejoin.html': 2, 'in-call.html': 0 } },
  toolbar: { counts: { 'prejoin.html': 0, 'in-call.html': 2, 'guests-de.html': 2, 'large-call.html': 2, 'live.html': 1 } },
  peoplePane: { counts: { 'prejoin.html': 0, 'in-call.html': 1, 'guests-de.html': 1, 'large-call.html': 1, 'live.html': 0 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_teams' as const };
