import { domAdapter } from '../common/dom-reader';
import { layout } from './layout';
import { recognises } from './recognise';
import { selectors, squeezedLabel } from './selectors';

/**
 * BigBlueButton's HTML5 client (self-hosted: recognised by its markup and paths, never by host)
 * and the Greenlight room page in front of it. BigBlueButton marks its UI with `data-test`
 * attributes for its own Playwright tests (bigbluebutton/bigbluebutton
 * bigbluebutton-tests/playwright/core/elements.js); components in bigbluebutton-html5.
 */


export const createAdapter = () => ({
  ...domAdapter({
    id: 'bbb',
    label: 'BigBlueButton',
    recognises,
    prejoinName: selectors.prejoinName,
    inCall: selectors.inCall,
    sources: [
      { item: selectors.row, attr: 'aria-label', self: selectors.self, shownIn: 'pane' },
      // A webcam without a name element (video menu off) gives none: the user list has the names.
      { item: selectors.tile, name: [selectors.tileName], shownIn: 'tile' },
      // The squeezed webcam's name is on its options button: the badge goes over the whole webcam.
      { item: selectors.squeezedTile, attr: 'aria-label', attrLabel: squeezedLabel, box: selectors.tile, shownIn: 'tile' },
    ],
    recording: (doc) => /\d:\d\d/.test(doc.querySelector(selectors.recording)?.textContent ?? ''),
    watch: selectors.recording,
  }),
  ...layout,
  rosterHelpKey: 'rosterHelp_bbb' as const,
});
