import { countIn, domAdapter } from '../common/dom-reader';

/**
 * Zoom web client (app.zoom.us/wc/…, zoom.us/wc/…, <company>.zoom.us/wc/…). Zoom has no test
 * ids; its classes are kebab-case BEM names checked in the UI Zoom ships in the npm package
 * @zoom/meetingsdk 6.2.0 (its "client view" is the web client): dist/ui/*.css,
 * dist/ui/zoomus-websdk-*.umd.min.js, dist/lib/lang/*.json. See /work/shared/CLIENTS.md.
 *
 * Frames: the Zoom Workplace web app ("PWA") shows the call in a same-origin iframe#webclient,
 * while a direct join link renders the client in the top document. The content script runs in
 * all frames of the Zoom hosts and this adapter claims the document the client is in: the
 * iframe, or the top document when it has no iframe#webclient. The shell page around the
 * iframe is left alone, so exactly one overlay and one report exist per call.
 */
const selectors = {
  /** Zoom Workplace web app: `iframe#webclient.pwa-webclient__iframe` (src /wc/<id>/join?from=pwa). */
  clientFrame: 'iframe#webclient',
  /** SDK bundle: `input-for-${n}` with n = "name" (preview-meeting-info field), label "Your Name"/"Ihr Name". */
  prejoinName: '#input-for-name',
  /** SDK CSS/bundle: the joined meeting's container (not rendered on the preview page). */
  inCall: '.meeting-client',
  /**
   * SDK bundle: a video tile `div.video-avatar__avatar` holds the name twice:
   * `div.video-avatar__avatar-title > div.video-avatar__avatar-name` and
   * `div.video-avatar__avatar-footer > span` (Vexa-ai/vexa zoom/web/selectors.ts saw only the footer
   * in the live page). One tile, one participant.
   */
  tile: '.video-avatar__avatar',
  tileName: ['.video-avatar__avatar-name', '.video-avatar__avatar-footer > span'],
  /**
   * SDK bundle: the participants list `#participants-ul` is virtualised (react-virtualized): only
   * the rows in view exist, each `.participants-item-position` holding
   * `span.participants-item__name-section` = `span.participants-item__display-name` (name, plus
   * " (pronouns)") + `span.participants-item__name-label` (" (Host, me)").
   */
  paneRow: '#participants-ul .participants-item-position',
  paneName: ['.participants-item__name-section'],
  /** SDK bundle: header `.participants-header__title > span` "Participants (N)" (key apac.wc_participants). */
  paneCount: '.participants-header__title',
  /** footer participants button counter (span.footer-button__number-counter, seen by open-source bots). */
  footerCount: '.footer-button__number-counter',
  /**
   * SDK bundle: `div.meeting-info-container__wrapper.recording-indication__recording-container`,
   * rendered only while a cloud or local recording runs or is paused ("Recording..." /
   * "Aufzeichnung läuft ...", key apac.meeting_recording).
   */
  recording: '.recording-indication__recording-container',
} as const;

/**
 * Your own label, in every language of dist/lib/lang: apac.wc_me "(Me)", "(Ich)"…, apac.wc_hostme
 * "(Host, Me)", "(Moderator, Ich)"…, apac.wc_co_host_me "(Co-host, Me)", "(Co-Host, Mich)"…
 * (also with full-width brackets and commas in Chinese and Japanese). Polish "(Ja)" and Turkish
 * "(Ben)" alone are left out: "Benjamin (Ben)" is a name, not a label.
 */
const ME = 'me|moi|ich|mich|yo|saya|io|自分|나|ikzelf|eu|я|jag|tôi|我';
const SELF_LABEL = new RegExp(`\\s*[(（](?:[^()（）]*[,，、]\\s*(?:${ME}|ja|ben)|${ME})[)）]$`, 'iu');

const HOST = /(^|\.)zoom\.us$/;

export const zoomAdapter = domAdapter({
  id: 'zoom',
  label: 'Zoom',
  inFrames: true,
  recognises(doc, url) {
    if (!HOST.test(url.hostname) || !url.pathname.startsWith('/wc/')) return false;
    // The web app's shell: the call is in its iframe, which gets a content script of its own.
    return doc.querySelector(selectors.clientFrame) === null;
  },
  prejoinName: selectors.prejoinName,
  inCall: selectors.inCall,
  sources: [
    { item: selectors.tile, name: selectors.tileName, shownIn: 'tile' },
    { item: selectors.paneRow, name: selectors.paneName, shownIn: 'pane' },
  ],
  selfLabel: SELF_LABEL,
  recording: (doc) => doc.querySelector(selectors.recording) !== null,
  count: (doc) => countIn(doc.querySelector(selectors.paneCount)) ?? countIn(doc.querySelector(selectors.footerCount)),
  watch: [selectors.recording, selectors.paneCount, selectors.footerCount].join(','),
});
// How to act on someone not on the group's list, in Zoom's words (the roster notice shows it).
zoomAdapter.rosterHelpKey = 'rosterHelp_zoom';
