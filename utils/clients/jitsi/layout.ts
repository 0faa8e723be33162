import type { SelectorEvidence } from '../common/evidence';
import { layoutOf } from '../common/layout-of';

/**
 * Where the person acts in Jitsi Meet's page (jitsi/jitsi-meet source beside each): the overlay keeps
 * off these. `evidence` says in which fixtures of tests/fixtures/jitsi/ each was seen and how often.
 */
export const regions = {
  /** react/features/prejoin/components/web/Prejoin.tsx: the name field (tests/pageobjects/PreJoinScreen.ts). */
  nameField: '#premeeting-name-input',
  /** react/features/base/premeeting/components/web/ActionButton.tsx: testId 'prejoin.joinMeeting' (Prejoin.tsx). */
  joinButton: '[data-testid="prejoin.joinMeeting"]',
  /** react/features/toolbox/components/web/Toolbox.tsx: the toolbar, `#new-toolbox`, in the call and on the pre-join screen. */
  toolbar: '#new-toolbox',
  /** react/features/base/premeeting/components/web/PreMeetingScreen.tsx: the pre-join screen's toolbar. */
  prejoinToolbar: '.premeeting-screen .toolbox-content',
  /** react/features/participants-pane/components/web/ParticipantsPane.tsx: the pane, lobby list included. */
  participantsPane: '#participants-pane',
} as const;

export const evidence: SelectorEvidence<typeof regions> = {
  nameField: { counts: { 'prejoin.html': 1, 'tile-view.html': 0 } },
  joinButton: { counts: { 'prejoin.html': 1, 'tile-view.html': 0 } },
  toolbar: { counts: { 'prejoin.html': 1, 'tile-view.html': 1, 'participants-pane.html': 1, 'lobby.html': 1 } },
  prejoinToolbar: { counts: { 'prejoin.html': 1, 'tile-view.html': 0 } },
  participantsPane: { counts: { 'participants-pane.html': 1, 'lobby.html': 1, 'tile-view.html': 0 } },
};

export const layout = { ...layoutOf(regions, regions.nameField), renameHelpKey: 'renameSteps_jitsi' as const };
