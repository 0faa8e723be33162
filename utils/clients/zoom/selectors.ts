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
   * " (pronouns)") + `span.participants-item__name-label` (" (Host, me)", " (Host)", " (Co-host)";
   * German " (Moderator, Ich)", " (Moderator)", " (Co-Host)": apac.wc_hostme, wc_host, wc_co_host).
   * The name is the display-name alone: the name section with its label made hosts "not on the list".
   */
  paneRow: '#participants-ul .participants-item-position',
  paneName: '.participants-item__display-name',
  /** SDK bundle: the row's label element beside the name (role, and "Me" for you). */
  paneLabel: '.participants-item__name-label',
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
  /**
   * SDK bundle: `span.recording-indication__recording-status--paused` inside the container while the
   * recording is paused, label "Recording Paused" / "Aufzeichnung angehalten" (apac.wc_recording_paused).
   * Rendered for the host; attendees no longer see any indicator while it is paused.
   */
  recordingPaused: '.recording-indication__recording-status--paused',
  /**
   * SDK bundle (zoom-meeting-6.2.0.min.js): `#wc-loading` "Joining Meeting…" while the client joins;
   * hidden afterwards with style display:none, not removed.
   */
  joining: '#wc-loading',
} as const;

export const evidence: SelectorEvidence<typeof selectors> = {
  clientFrame: { counts: { 'in-call.html': 0, 'prejoin.html': 0, 'shell.html': 1, 'unreadable.html': 0 } },
  prejoinName: { counts: { 'in-call.html': 0, 'prejoin.html': 1, 'shell.html': 0, 'unreadable.html': 0 } },
  inCall: { counts: { 'hosts-de.html': 1, 'in-call.html': 1, 'joining.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 1 } },
  tile: { counts: { 'hosts-de.html': 2, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 2 } },
  tileName: { counts: { 'hosts-de.html': 2, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  tileFooterName: { counts: { 'hosts-de.html': 2, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneRow: { counts: { 'hosts-de.html': 7, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneName: { counts: { 'hosts-de.html': 7, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneLabel: { counts: { 'hosts-de.html': 7, 'in-call.html': 3, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  paneCount: { counts: { 'hosts-de.html': 1, 'in-call.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  footerCount: { counts: { 'hosts-de.html': 1, 'in-call.html': 1, 'prejoin.html': 0, 'shell.html': 0, 'unreadable.html': 0 } },
  recording: { counts: { 'in-call.html': 1 }, after: 'startRecording' },
  recordingPaused: { counts: { 'in-call.html': 1 }, after: 'pauseRecording' },
  joining: { counts: { 'hosts-de.html': 1, 'in-call.html': 0, 'joining.html': 1, 'prejoin.html': 0 } },
};
