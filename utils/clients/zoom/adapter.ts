import { countIn, domAdapter } from '../common/dom-reader';
import { withCoverage } from '../common/coverage';
import { matchesAny } from '../common/match-pattern';
import type { ClientAdapter } from '../types';
import { ZOOM_MATCHES } from './hosts';
import { selectors } from './selectors';
import { layout } from './layout';

/**
 * Zoom web client (app.zoom.us/wc/…, zoom.us/wc/…, <company>.zoom.us/wc/…). Zoom has no test
 * ids; its classes are kebab-case BEM names checked in the UI Zoom ships in the npm package
 * @zoom/meetingsdk 6.2.0 (its "client view" is the web client): dist/ui/*.css,
 * dist/ui/zoomus-websdk-*.umd.min.js, dist/lib/lang/*.json. See docs/clients.md.
 *
 * Frames: the Zoom Workplace web app ("PWA") shows the call in a same-origin iframe#webclient,
 * while a direct join link renders the client in the top document. The content script runs in
 * all frames of the Zoom hosts and this adapter claims the document the client is in: the
 * iframe, or the top document when it has no iframe#webclient. The shell page around the
 * iframe is left alone, so exactly one overlay and one report exist per call.
 */

/**
 * Zoom's own label for you, the whole text of a row's `participants-item__name-label` element (an
 * element Zoom renders beside the name, never part of it), in every language of dist/lib/lang:
 * apac.wc_me "(Me)", "(Ich)"…, apac.wc_hostme "(Host, Me)", "(Moderator, Ich)"…, apac.wc_co_host_me
 * "(Co-host, Me)", "(Co-Host, Mich)"… (also full-width brackets and commas in Chinese and Japanese).
 * The same words typed into a name mark nobody: only this element's text is tested.
 */
const ME = 'me|moi|ich|mich|yo|saya|io|自分|나|ikzelf|eu|я|jag|tôi|我|ja|ben';
const SELF_LABEL = new RegExp(`^[(（](?:[^()（）]*[,，、]\\s*)?(?:${ME})[)）]$`, 'iu');

// withCoverage: the list is virtualised and the gallery paged (docs/clients.md).
export const createAdapter = (): ClientAdapter => withCoverage({
  ...domAdapter({
    id: 'zoom',
    label: 'Zoom',
    inFrames: true,
    recognises(doc, url) {
      if (!matchesAny(ZOOM_MATCHES, url)) return false;
      // The web app's shell: the call is in its iframe, which gets a content script of its own.
      return doc.querySelector(selectors.clientFrame) === null;
    },
    prejoinName: selectors.prejoinName,
    inCall: selectors.inCall,
    sources: [
      { item: selectors.tile, name: [selectors.tileName, selectors.tileFooterName], shownIn: 'tile' },
      // The name alone (display-name); the role and "me" label is its own element beside it.
      { item: selectors.paneRow, name: [selectors.paneName], self: selectors.paneLabel, selfText: SELF_LABEL, shownIn: 'pane' },
    ],
    waiting: selectors.joining,
    recording: (doc) => doc.querySelector(selectors.recording) !== null,
    // Only the host sees a paused recording (attendees' indicator goes away): paused, not stopped.
    recordingPaused: (doc) => doc.querySelector(selectors.recordingPaused) !== null,
    // ...and attendees' indicator simply goes away: for them a pause looks like a stop.
    recordingPauseHidden: true,
    count: (doc) => countIn(doc.querySelector(selectors.paneCount)) ?? countIn(doc.querySelector(selectors.footerCount)),
    watch: [selectors.recording, selectors.recordingPaused, selectors.paneCount, selectors.footerCount].join(','),
  }),
  // How to act on someone not on the group's list, in Zoom's words (the roster notice shows it).
  rosterHelpKey: 'rosterHelp_zoom' as const,
  // Where the person acts (the overlay keeps off it) and where "Use 'Ute B.'" writes.
  ...layout,
});
