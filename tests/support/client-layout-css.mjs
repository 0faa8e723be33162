// @ts-check
/**
 * The fixtures are the clients' markup without their style sheets. These rules put the regions where
 * the clients themselves put them, so the tray has real places to keep off (Chromium's tray tests,
 * tests/e2e/client-layout.ts, and Firefox's, tests/firefox/tray.test.mjs):
 * - Jitsi Meet: the pre-join box in the middle (PreMeetingScreen), the toolbar at the bottom middle
 *   (Toolbox), the participants pane 315 px wide down the right-hand side (ParticipantsPane).
 * - Zoom: the preview page's fields and Join button in a column on the right, the meeting's toolbar
 *   across the bottom, the participants panel down the right-hand side.
 * - Teams: the guest's name, device switches and "Join now" in the middle; in the meeting the controls
 *   in a bar across the top (new Teams), the People pane down the right below it.
 * - Meet: "What's your name?" with "Ask to join" on the right; in the call the controls across the
 *   bottom, the people panel on the right above them.
 * - BigBlueButton: Greenlight's join card in the middle; in the meeting the user list down the left,
 *   the chat beside it with its input at the bottom, the nav bar's buttons at the top right, the
 *   actions bar at the bottom of the media area.
 * - Nextcloud Talk: the guest's name dialog in the middle; in the call the top bar across, the
 *   sidebar (participants tab) down the right below it.
 */
export const CLIENT_LAYOUT_CSS = {
  jitsi: `
    .premeeting-screen { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
    .premeeting-screen input, [data-testid="prejoin.joinMeeting"] { display: block; width: 320px; height: 40px; margin: 8px 0; box-sizing: border-box; }
    .premeeting-screen .toolbox-content { width: 320px; height: 48px; }
    #new-toolbox { position: fixed; bottom: 16px; left: 50%; transform: translateX(-50%); width: min(480px, 100vw); height: 56px; }
    #participants-pane { position: fixed; top: 0; right: 0; bottom: 0; width: min(315px, 100vw); overflow: auto; background: #eee; }`,
  zoom: `
    .preview-meeting-info { position: fixed; top: 15%; right: 6%; width: min(360px, 80vw); }
    .preview-meeting-info input, .preview-join-button { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    #wc-footer { position: fixed; left: 0; right: 0; bottom: 0; height: 56px; background: #222; }
    .participants-section-container { position: fixed; top: 0; right: 0; bottom: 56px; width: min(320px, 100vw); overflow: auto; background: #eee; }`,
  teams: `
    .prejoin-screen { position: fixed; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; }
    .prejoin-screen input, [data-tid="prejoin-join-button"] { display: block; width: min(320px, 90vw); height: 40px; margin: 8px 0; box-sizing: border-box; }
    .prejoin-screen [role="toolbar"] { display: flex; gap: 8px; }
    [data-tid^="toggle-"] { width: 48px; height: 32px; }
    [role="toolbar"]:has(#hangup-button) { position: fixed; top: 0; left: 0; right: 0; height: 48px; display: flex; justify-content: flex-end; gap: 8px; background: #eee; }
    aside { position: fixed; top: 48px; right: 0; bottom: 0; width: min(320px, 100vw); overflow: auto; background: #eee; }`,
  meet: `
    main:has(input[aria-label="Your name"]) { position: fixed; top: 25%; right: 6%; width: min(360px, 80vw); }
    main input, button[jsname="Qx7uuf"] { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    [role="toolbar"] { position: fixed; left: 0; right: 0; bottom: 0; height: 80px; display: flex; justify-content: center; align-items: center; gap: 12px; }
    [role="toolbar"] button { width: 48px; height: 48px; }
    aside { position: fixed; top: 16px; right: 16px; bottom: 96px; width: min(360px, calc(100vw - 32px)); overflow: auto; background: #eee; }`,
  bbb: `
    form:has(#joinFormName) { position: fixed; top: 35%; left: 50%; transform: translateX(-50%); width: min(480px, 90vw); }
    form:has(#joinFormName) :is(input, button) { display: block; float: none; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    header { position: fixed; top: 0; right: 0; height: 48px; display: flex; gap: 8px; align-items: center; }
    header > * { width: 40px; height: 40px; }
    [data-test="userListContent"] { position: fixed; top: 0; left: 0; bottom: 0; width: min(240px, 100vw); overflow: auto; background: #eee; }
    .sc-chat { position: fixed; top: 0; bottom: 0; left: min(240px, 100vw); width: min(320px, 100vw); }
    #message-input { position: absolute; left: 8px; right: 8px; bottom: 8px; height: 48px; box-sizing: border-box; }
    .sc-actions-bar { position: fixed; left: 560px; right: 0; bottom: 0; height: 64px; display: flex; justify-content: center; align-items: center; gap: 8px; }
    .sc-actions-bar button { width: 40px; height: 40px; }`,
  'nextcloud-talk': `
    .modal__content { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%); width: min(400px, 90vw); padding: 16px; box-sizing: border-box; background: #fff; }
    .modal__content :is(input, button) { display: block; width: 100%; height: 40px; margin: 8px 0; box-sizing: border-box; }
    .top-bar { position: fixed; top: 0; left: 0; right: 0; height: 52px; background: #eee; }
    #app-sidebar-vue { position: fixed; top: 52px; right: 0; bottom: 0; width: min(360px, 100vw); overflow: auto; background: #eee; }`,
};
