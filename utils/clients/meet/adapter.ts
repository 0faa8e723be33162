import { countIn, domAdapter } from '../common/dom-reader';
import { withCoverage } from '../common/coverage';
import { matchesAny } from '../common/match-pattern';
import { MEET_MATCHES } from './hosts';
import { layout } from './layout';
import { participantId, selectors } from './selectors';

/**
 * Google Meet (meet.google.com). Meet's classes are obfuscated and change; it keeps a few data
 * attributes and ARIA labels that open-source meeting tools read (paths beside each selector,
 * docs/clients.md). Not verified against a live call here.
 */

// withCoverage: only the tiles and rows in view are rendered (docs/clients.md).
export const createAdapter = () => ({
  ...withCoverage(domAdapter({
    id: 'meet',
    label: 'Google Meet',
    recognises: (_doc, url) => matchesAny(MEET_MATCHES, url),
    prejoinName: selectors.prejoinName,
    inCall: selectors.inCall,
    sources: [
      { item: selectors.tile, name: [selectors.tileName], id: participantId, self: selectors.self, shownIn: 'tile' },
      {
        item: selectors.paneRow,
        name: [selectors.paneName, selectors.paneNameSpan],
        attr: 'aria-label',
        id: participantId,
        shownIn: 'pane',
      },
    ],
    // The People button's number: Meet renders only the tiles and rows in view (coverage-partial).
    count: (doc) => countIn(doc.querySelector(selectors.peopleButton)),
    watch: selectors.peopleButton,
    // No `recording`: Meet shows it with an icon in obfuscated markup; nothing stable to read.
  })),
  ...layout,
  rosterHelpKey: 'rosterHelp_meet' as const,
});
