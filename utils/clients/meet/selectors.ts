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
   * People panel rows: div[role="listitem"] with a participant id (attendance tools and meeting bots
   * read the same rows; only rows with an id, so chat and other lists are not taken for people). The
   * name is in an inner element; the row's aria-label, when there is one, is the fallback.
   */
  paneRow: '[role="listitem"][data-participant-id]',
  /**
   * The name inside a row: `[data-participant-name]` or the first `span[jsname]` with text, as meeting
   * bots read the panel (docs/clients.md). Meet's "(You)"/"(Du)" and "Meeting host" are elements of their own.
   */
  paneName: '[data-participant-name]',
  paneNameSpan: 'span[jsname]',
  /**
   * Video tiles: div[data-participant-id]; the name is rendered in a `span.notranslate` (Meet keeps
   * Google Translate off names; Vexa-ai/vexa googleNameSelectors "primary name element").
   */
  tile: '[data-participant-id]:not([role="listitem"])',
  tileName: '.notranslate',
  /**
   * Your own tile carries data-self-name (Vexa-ai/vexa googleParticipantIdSelectors): an attribute Meet
   * sets for you only; never the "(You)" text, which anyone can type into a name.
   */
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
  inCall: { counts: { 'in-call.html': 8, 'people-panel-de.html': 10, 'large-call.html': 25, 'prejoin.html': 0 } },
  paneRow: { counts: { 'in-call.html': 3, 'people-panel-de.html': 5, 'prejoin.html': 0 } },
  paneName: { counts: { 'in-call.html': 0, 'people-panel-de.html': 1 }, within: 'paneRow' },
  paneNameSpan: { counts: { 'in-call.html': 0, 'people-panel-de.html': 4 }, within: 'paneRow' },
  tile: { counts: { 'in-call.html': 3, 'people-panel-de.html': 3, 'prejoin.html': 0 } },
  tileName: { counts: { 'in-call.html': 3, 'people-panel-de.html': 3, 'prejoin.html': 0 } },
  self: { counts: { 'in-call.html': 1, 'people-panel-de.html': 1, 'prejoin.html': 0 } },
  peopleButton: { counts: { 'large-call.html': 1, 'in-call.html': 0, 'people-panel-de.html': 0, 'prejoin.html': 0 } },
};
