// The globals jitsi-meet's root files (index.html, config.js, interface_config.js, app.js) give the
// page before its bundle runs. Imported first by entry.js, so every module of the sdk sees them.
import JitsiMeetJS from './lib-jitsi-meet.js';

/** Calls nobody answers: the external API (no embedding page), the legacy UI and conference objects. */
function noOps(answers = {}) {
  return new Proxy(answers, { get: (object, key) => (key in object ? object[key] : () => undefined) });
}

window.JitsiMeetJS = JitsiMeetJS;

// A config such as meet.jit.si's: pre-join on, no deep linking to the mobile apps, nothing sent anywhere.
window.config = {
  hosts: { domain: 'meet.jit.si', muc: 'conference.meet.jit.si' },
  bosh: '//meet.jit.si/http-bind',
  prejoinConfig: { enabled: true },
  disableDeepLinking: true,
  analytics: { disabled: true },
  disableThirdPartyRequests: true,
  enableWelcomePage: false,
  p2p: { enabled: false },
  startWithAudioMuted: true,
  startWithVideoMuted: true,
  disableAudioLevels: true,
  notifications: [],
  recordingService: { enabled: true },
  lobby: { autoKnock: false },
  toolbarButtons: undefined,
};

window.interfaceConfig = {
  APP_NAME: 'Jitsi Meet',
  DEFAULT_REMOTE_DISPLAY_NAME: 'Fellow Jitster',
  DEFAULT_LOCAL_DISPLAY_NAME: 'me',
  SHOW_JITSI_WATERMARK: false,
  FILM_STRIP_MAX_HEIGHT: 120,
  TILE_VIEW_MAX_COLUMNS: 5,
  VIDEO_LAYOUT_FIT: 'both',
  OPTIMAL_BROWSERS: ['chrome', 'chromium', 'firefox', 'safari', 'webkit'],
  UNSUPPORTED_BROWSERS: [],
};

window.APP = {
  API: noOps({ isEnabled: () => false }),
  UI: noOps({ isFullScreen: () => false }),
  conference: noOps({
    init: () => Promise.resolve(),
    isJoined: () => false,
    joinRoom: () => undefined,
    startConference: () => Promise.resolve(),
    leaveRoom: () => Promise.resolve(),
    hangup: () => Promise.resolve(),
  }),
  connection: undefined,
  keyboardshortcut: noOps(),
  translation: noOps(),
  debugLogs: noOps(),
};
