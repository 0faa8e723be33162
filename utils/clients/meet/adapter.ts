import { domAdapter } from '../common/dom-reader';

/**
 * Google Meet (meet.google.com). Meet's classes are obfuscated and change; it keeps a few data
 * attributes and ARIA labels that open-source meeting tools read (paths beside each selector,
 * see /work/shared/CLIENTS.md). Not verified against a live call here.
 */
const selectors = {
  /**
   * Pre-join name field of guests (not signed in): input[aria-label="Your name"]
   * (Vexa-ai/vexa services/vexa-bot/core/src/platforms/googlemeet/selectors.ts). The label is
   * translated; the German UI says "Ihr Name".
   */
  prejoinName: 'input[aria-label="Your name"], input[aria-label="Ihr Name"]',
  /** In the call only (Vexa-ai/vexa googlemeet/selectors.ts googleInitialAdmissionIndicators). */
  inCall: '[data-participant-id], [data-self-name]',
  /**
   * People panel rows: div[role="listitem"] with the shown name as aria-label (CLIENTS.md;
   * attendance tools read the same rows). Only rows that carry a participant id, so chat and other
   * lists are not taken for people.
   */
  paneRow: '[role="listitem"][aria-label][data-participant-id]',
  /**
   * Video tiles: div[data-participant-id]; the name is rendered in a `span.notranslate` (Meet keeps
   * Google Translate off names; Vexa-ai/vexa googleNameSelectors "primary name element").
   */
  tile: '[data-participant-id]:not([role="listitem"])',
  tileName: ['.notranslate'],
  /** Your own tile carries data-self-name (Vexa-ai/vexa googleParticipantIdSelectors). */
  self: '[data-self-name]',
  participantId: 'data-participant-id',
} as const;

export const meetAdapter = domAdapter({
  id: 'meet',
  label: 'Google Meet',
  recognises: (_doc, url) => url.hostname === 'meet.google.com',
  prejoinName: selectors.prejoinName,
  inCall: selectors.inCall,
  sources: [
    { item: selectors.tile, name: selectors.tileName, id: selectors.participantId, self: selectors.self, shownIn: 'tile' },
    { item: selectors.paneRow, attr: 'aria-label', id: selectors.participantId, shownIn: 'pane' },
  ],
  // No `recording`: Meet shows it with an icon in obfuscated markup; nothing stable to read.
});
