import { countIn, domAdapter } from '../common/dom-reader';
import { withCoverage } from '../common/coverage';
import { matchesAny } from '../common/match-pattern';
import { TEAMS_MATCHES } from './hosts';
import { layout } from './layout';
import { notATileName, rosterAttendeesPrefix, rosterInCallPrefix, selectors, teamsLabels } from './selectors';

/**
 * Microsoft Teams on the web (teams.microsoft.com for work and school, teams.live.com for the
 * free Teams that replaced Skype on 5 May 2025). Teams marks its UI with `data-tid` test ids;
 * Microsoft publishes no source, so each selector below is one that several open-source meeting
 * tools read from the live page (selectors.ts). Not verified against a live call here.
 */
// withCoverage: only the tiles and rows in view are rendered (docs/clients.md).
export const createAdapter = () => ({
  ...withCoverage(domAdapter({
    id: 'teams',
    label: 'Microsoft Teams',
    recognises: (_doc, url) => matchesAny(TEAMS_MATCHES, url),
    prejoinName: selectors.prejoinName,
    inCall: selectors.inCall,
    sources: [
      { item: selectors.tile, name: [selectors.tileName], shownIn: 'tile' },
      { item: selectors.videoTile, name: [selectors.tileName], attr: 'data-tid', attrNot: notATileName, shownIn: 'tile' },
      { item: selectors.liveTile, name: [selectors.tileName], attr: 'aria-label', until: ',', shownIn: 'tile' },
      { item: selectors.rosterInCall, attr: 'data-tid', prefix: rosterInCallPrefix, shownIn: 'pane' },
      { item: selectors.rosterAttendees, attr: 'data-tid', prefix: rosterAttendeesPrefix, shownIn: 'pane' },
    ],
    labels: teamsLabels,
    // Teams marks nobody as you (no marker known): no `self`, so every name gets the full checks.
    // The People button's number: only rendered rows and tiles exist in a large call (coverage-partial).
    count: (doc) => countIn(doc.querySelector(selectors.peopleButton)),
    watch: selectors.peopleButton,
    // No `recording`: Teams shows a recording banner, but none of the tools above names a stable test id for it.
  })),
  ...layout,
  rosterHelpKey: 'rosterHelp_teams' as const,
});
