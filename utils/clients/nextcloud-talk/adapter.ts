import { domAdapter } from '../common/dom-reader';
import { layout } from './layout';
import { recognises } from './recognise';
import { selectors } from './selectors';

/**
 * Nextcloud Talk (nextcloud/spreed), self-hosted on an association's Nextcloud: recognised by its
 * markup and its call links, never by host. Names are plain text in Vue-rendered markup, read like
 * the other DOM clients. Talk marks nobody as "you": a guest is the one with the name typed before
 * joining; signed-in users get no reminder about their own name in the call.
 */


export const createAdapter = () => ({
  ...domAdapter({
    id: 'nextcloud-talk',
    label: 'Nextcloud Talk',
    recognises,
    // The name dialog, then the device check without a name field: both are "pre-join".
    prejoinName: `${selectors.prejoinName}, ${selectors.prejoinScreen}`,
    inCall: selectors.inCall,
    // No ids shared by tile and row: both are keyed by the name, so one person shown twice counts once.
    sources: [
      { item: selectors.tile, name: [selectors.tileName], shownIn: 'tile' },
      { item: selectors.paneRow, name: [selectors.paneName], shownIn: 'pane' },
    ],
    recording: (doc) => doc.querySelector(selectors.recording) !== null,
    watch: selectors.recording,
  }),
  ...layout,
  rosterHelpKey: 'rosterHelp_nextcloud' as const,
});
