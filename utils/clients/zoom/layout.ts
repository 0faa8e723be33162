import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in Zoom's web client (classes and ids from the UI in the npm package
 * @zoom/meetingsdk 6.2.0, dist/ui bundle and CSS): the overlay keeps off these. `evidence` says in
 * which fixtures of tests/fixtures/zoom/ each was seen and how often.
 */
export const regions = {
  /** SDK bundle: preview-meeting-info's field `input-for-name` ("Your Name"). */
  nameField: '#input-for-name',
  /** SDK bundle: the preview page's e-mail field beside it, `input-for-email`. */
  emailField: '#input-for-email',
  /** SDK bundle: the preview page's Join button (Vexa-ai/vexa zoom/web/selectors.ts). */
  joinButton: '.preview-join-button',
  /** SDK bundle: the preview page's microphone and camera buttons. */
  previewControls: '#preview-audio-control-button, #preview-video-control-button',
  /** SDK bundle: the meeting's toolbar at the bottom, `#wc-footer.footer`. */
  toolbar: '#wc-footer',
  /** SDK CSS: the participants panel, header, list and its buttons (admit, mute, more). */
  participantsPanel: '.participants-section-container',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  emailField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  joinButton: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  previewControls: { counts: { 'prejoin.html': 2, 'in-call.html': 0 } },
  toolbar: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
  participantsPanel: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_zoom' as const };
