import type { SelectorEvidence } from '../common/evidence';

/**
 * Everything the Zoom web client adapter looks for in the page, each with where it is known from;
 * `evidence` says in which fixtures of tests/fixtures/zoom/ each selector was seen and how often.
 */
export const selectors = {
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
  tileName: '.video-avatar__avatar-name',
  tileFooterName: '.video-avatar__avatar-footer > span',
  /**
   * SDK bundle: the participants list `#participants-ul` is virtualised (react-virtualized): only
   * the rows in view exist, each `.participants-item-position` holding
   * `span.participants-item__name-section` = `span.participants-item__display-name` (name, plus
   * " (pronouns)") + `span.participants-item__name-label` (" (Host, me)").
   */
  paneRow: '#participants-ul .participants-item-position',
  paneName: '.participants-item__name-section',
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

export const evidence: SelectorEvidence<typeof selectors> = {
  clientFrame: { counts: { 'in-call.html': 0, 'prejoin.html': 0, 'shell.html': 1, 'unreadable.html': 0 } },
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1, 'shell.html': 0, 'unreadable.html': 0 } },
  inCall: { counts: { 'in-call.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 1 } },
  tile: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 2 } },
  tileName: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  tileFooterName: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneRow: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneName: { counts: { 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneCount: { counts: { 'in-call.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  footerCount: { counts: { 'in-call.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  recording: { counts: { 'in-call.html': 1 }, after: 'startRecording' },
};
