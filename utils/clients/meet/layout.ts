import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in Google Meet: the overlay keeps off these. Meet's classes are obfuscated:
 * only ARIA roles and labels and data attributes, as in tests/fixtures/meet/ and the meeting bots'
 * selectors (Vexa-ai/vexa googlemeet/selectors.ts). `evidence` says where each was seen and how often.
 */
export const regions = {
  /** The guest's "Your name" field (the adapter's prejoinName, selectors.ts). */
  nameField: 'input[aria-label="Your name"], input[aria-label="Ihr Name"]',
  /** "Ask to join" / "Join now": its jsname as in prejoin.html (Meet's labels are translated, this is not). */
  joinButton: 'button[jsname="Qx7uuf"]',
  /** The call's controls: Vexa-ai/vexa googleInitialAdmissionIndicators name '[role="toolbar"]'. */
  toolbar: '[role="toolbar"]',
  /** Leave and People, also where the fixture has them outside a toolbar (people-panel-de, large-call). */
  callButtons: 'button[aria-label="Leave call"], button[aria-label="Anruf verlassen"], button[aria-label^="People"], button[aria-label^="Personen"]',
  /** The people panel: the side panel around the rows with a participant id (selectors.ts paneRow). */
  peoplePanel: 'aside:has([role="listitem"][data-participant-id])',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  joinButton: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  toolbar: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
  callButtons: { counts: { 'prejoin.html': 0, 'in-call.html': 1, 'people-panel-de.html': 1, 'large-call.html': 2 } },
  peoplePanel: { counts: { 'prejoin.html': 0, 'in-call.html': 1, 'people-panel-de.html': 1, 'large-call.html': 1 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_meet' as const };
