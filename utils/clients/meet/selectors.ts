import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the Google Meet adapter looks for in the page, each with where it is known from;
 * `evidence` says in which fixtures of tests/fixtures/meet/ each selector was seen and how often.
 */
export const selectors = {
  /**
   * Pre-join name field of guests (not signed in): input[aria-label="Your name"]
   * (Vexa-ai/vexa services/vexa-bot/core/src/platforms/googlemeet/selectors.ts). The label is
   * translated; the German UI says "Ihr Name".
   */
  prejoinName: 'input[aria-label="Your name"], input[aria-label="Ihr Name"]',
  /**
   * In the call only (Vexa-ai/vexa googlemeet/selectors.ts googleInitialAdmissionIndicators), and the
   * "Leave call" button (same file, leave selectors), so that tiles whose data attributes changed
   * still mean "in a call" (then unreadable, never silent).
   */
  inCall: '[data-participant-id], [data-self-name], button[aria-label="Leave call"], button[aria-label="Anruf verlassen"]',
  /**
   * People panel rows: div[role="listitem"] with the shown name as aria-label (docs/clients.md;
   * attendance tools read the same rows). Only rows that carry a participant id, so chat and other
   * lists are not taken for people.
   */
  paneRow: '[role="listitem"][aria-label][data-participant-id]',
  /**
   * Video tiles: div[data-participant-id]; the name is rendered in a `span.notranslate` (Meet keeps
   * Google Translate off names; Vexa-ai/vexa googleNameSelectors "primary name element").
   */
  tile: '[data-participant-id]:not([role="listitem"])',
  tileName: '.notranslate',
  /** Your own tile carries data-self-name (Vexa-ai/vexa googleParticipantIdSelectors). */
  self: '[data-self-name]',
  /**
   * The People button of the call's toolbar (aria-label "People"/"Personen"), whose badge holds
   * Meet's own count of the call; read for its last number. Not verified in a live call.
   */
  peopleButton: 'button[aria-label^="People"], button[aria-label^="Personen"]',
} as const;

/** The attribute with Meet's participant id (not a selector). */
export const participantId = 'data-participant-id';

export const evidence: SelectorEvidence<typeof selectors> = {
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1 } },
  inCall: { counts: { 'in-call.html': 8, 'large-call.html': 25, 'prejoin.html': 0 } },
  paneRow: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  tile: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  tileName: { counts: { 'in-call.html': 3, 'prejoin.html': 0 } },
  self: { counts: { 'in-call.html': 1, 'prejoin.html': 0 } },
  peopleButton: { counts: { 'large-call.html': 1, 'in-call.html': 0, 'prejoin.html': 0 } },
};
