import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in Nextcloud Talk (nextcloud/spreed source, as in tests/fixtures/nextcloud-talk/;
 * never seen on a running server): the overlay keeps off these. `evidence` says where each was seen.
 */
export const regions = {
  /** src/components/GuestWelcomeWindow.vue: the guest's name field (the adapter's prejoinName). */
  nameField: '.username-form__input input',
  /** GuestWelcomeWindow.vue: the dialog's content, the field and "Submit name and join". */
  nameDialog: '.modal__content:has(.username-form__input)',
  /** src/components/MediaSettings/MediaSettings.vue: the device check with its join button. */
  mediaSettings: '.media-settings',
  /** src/components/TopBar/TopBar.vue: the call's bar at the top (timer, call buttons, leave). */
  topBar: '.top-bar',
  /** @nextcloud/vue NcAppSidebar (#app-sidebar-vue): the participants tab and the chat beside the call. */
  sidebar: '#app-sidebar-vue',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  nameDialog: { counts: { 'prejoin.html': 1, 'in-call.html': 0 } },
  mediaSettings: { counts: { 'prejoin.html': 1 }, after: 'submitName' },
  topBar: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
  sidebar: { counts: { 'prejoin.html': 0, 'in-call.html': 1 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_nextcloud' as const };
