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

// interface_config.js's defaults, except what would load a file the tests do not serve (the watermark).
window.interfaceConfig = {
  APP_NAME: 'Jitsi Meet',
  AUDIO_LEVEL_PRIMARY_COLOR: 'rgba(255,255,255,0.4)',
  AUDIO_LEVEL_SECONDARY_COLOR: 'rgba(255,255,255,0.2)',
  AUTO_PIN_LATEST_SCREEN_SHARE: 'remote-only',
  BRAND_WATERMARK_LINK: '',
  CONNECTION_INDICATOR_AUTO_HIDE_ENABLED: true,
  CONNECTION_INDICATOR_AUTO_HIDE_TIMEOUT: 5000,
  CONNECTION_INDICATOR_DISABLED: false,
  DEFAULT_BACKGROUND: '#040404',
  DEFAULT_LOCAL_DISPLAY_NAME: 'me',
  DEFAULT_LOGO_URL: '',
  DEFAULT_REMOTE_DISPLAY_NAME: 'Fellow Jitster',
  DISABLE_DOMINANT_SPEAKER_INDICATOR: false,
  DISABLE_FOCUS_INDICATOR: false,
  DISABLE_JOIN_LEAVE_NOTIFICATIONS: false,
  DISABLE_PRESENCE_STATUS: false,
  DISABLE_PRIVATE_MESSAGES: false,
  DISABLE_TRANSCRIPTION_SUBTITLES: false,
  DISABLE_VIDEO_BACKGROUND: false,
  DISPLAY_WELCOME_PAGE_CONTENT: false,
  DISPLAY_WELCOME_PAGE_TOOLBAR_ADDITIONAL_CONTENT: false,
  ENABLE_DIAL_OUT: true,
  FILM_STRIP_MAX_HEIGHT: 120,
  GENERATE_ROOMNAMES_ON_WELCOME_PAGE: true,
  HIDE_DEEP_LINKING_LOGO: false,
  INITIAL_TOOLBAR_TIMEOUT: 20000,
  LANG_DETECTION: true,
  LOCAL_THUMBNAIL_RATIO: 16 / 9,
  MAXIMUM_ZOOMING_COEFFICIENT: 1.3,
  MOBILE_APP_PROMO: false,
  NATIVE_APP_NAME: 'Jitsi Meet',
  OPTIMAL_BROWSERS: ['chrome', 'chromium', 'firefox', 'electron', 'safari', 'webkit'],
  PROVIDER_NAME: 'Jitsi',
  RECENT_LIST_ENABLED: true,
  REMOTE_THUMBNAIL_RATIO: 1,
  SETTINGS_SECTIONS: ['devices', 'language', 'moderator', 'profile', 'calendar', 'sounds', 'more'],
  SHARING_FEATURES: ['email', 'url', 'dial-in', 'embed'],
  SHOW_BRAND_WATERMARK: false,
  SHOW_CHROME_EXTENSION_BANNER: false,
  SHOW_JITSI_WATERMARK: false,
  SHOW_POWERED_BY: false,
  SHOW_PROMOTIONAL_CLOSE_PAGE: false,
  TILE_VIEW_MAX_COLUMNS: 5,
  TOOLBAR_ALWAYS_VISIBLE: false,
  TOOLBAR_TIMEOUT: 4000,
  UNSUPPORTED_BROWSERS: [],
  VERTICAL_FILMSTRIP: true,
  VIDEO_LAYOUT_FIT: 'both',
  VIDEO_QUALITY_LABEL_DISABLED: false,
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

// `?jitsi-ui=dom-only`: the store is there for the app (dispatch, getState) but cannot be
// subscribed to through APP.store, so the extension's bridge never attaches and only the page's
// markup is read: what the extension sees where it cannot read the store.
if (new URLSearchParams(location.search).get('jitsi-ui') === 'dom-only') {
  let store;
  Object.defineProperty(window.APP, 'store', {
    configurable: true,
    get: () => store && { dispatch: store.dispatch, getState: store.getState },
    set: (value) => {
      store = value;
    },
  });
}
