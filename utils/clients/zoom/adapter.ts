import { countIn, domAdapter } from '../common/dom-reader';
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
 * Your own label, in every language of dist/lib/lang: apac.wc_me "(Me)", "(Ich)"…, apac.wc_hostme
 * "(Host, Me)", "(Moderator, Ich)"…, apac.wc_co_host_me "(Co-host, Me)", "(Co-Host, Mich)"…
 * (also with full-width brackets and commas in Chinese and Japanese). Polish "(Ja)" and Turkish
 * "(Ben)" alone are left out: "Benjamin (Ben)" is a name, not a label.
 */
const ME = 'me|moi|ich|mich|yo|saya|io|自分|나|ikzelf|eu|я|jag|tôi|我';
const SELF_LABEL = new RegExp(`\\s*[(（](?:[^()（）]*[,，、]\\s*(?:${ME}|ja|ben)|${ME})[)）]$`, 'iu');

export const createAdapter = (): ClientAdapter => ({
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
      { item: selectors.paneRow, name: [selectors.paneName], shownIn: 'pane' },
    ],
    selfLabel: SELF_LABEL,
    recording: (doc) => doc.querySelector(selectors.recording) !== null,
    count: (doc) => countIn(doc.querySelector(selectors.paneCount)) ?? countIn(doc.querySelector(selectors.footerCount)),
    watch: [selectors.recording, selectors.paneCount, selectors.footerCount].join(','),
  }),
  // How to act on someone not on the group's list, in Zoom's words (the roster notice shows it).
  rosterHelpKey: 'rosterHelp_zoom' as const,
  // Where the person acts (the overlay keeps off it) and where "Use 'Ute B.'" writes.
  ...layout,
});
